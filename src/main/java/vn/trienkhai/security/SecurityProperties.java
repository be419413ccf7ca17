package vn.trienkhai.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code trienkhai.security.*}: the largest plan or JSON document an {@code /api} request may
 * carry (uploads have Spring's multipart limits), and whether answers over TLS carry HSTS.
 */
@ConfigurationProperties("trienkhai.security")
record SecurityProperties(@DefaultValue("1MB") DataSize maxDocumentSize, @DefaultValue("false") boolean hsts) {
}
