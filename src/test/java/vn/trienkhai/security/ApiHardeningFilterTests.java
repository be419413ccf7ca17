package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Issue 10, items 9 and 12, without the application: the filter alone. */
class ApiHardeningFilterTests {

    @Test
    void overTlsWithHstsOnTheAnswerCarriesHsts() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ApiHardeningFilter(new SecurityProperties(DataSize.ofMegabytes(1), true))
                .doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo(ApiHardeningFilter.HSTS_VALUE);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void overPlainHttpOrWithHstsOffItDoesNot() throws Exception {
        MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/api/plans");
        MockHttpServletResponse plainResponse = new MockHttpServletResponse();
        new ApiHardeningFilter(new SecurityProperties(DataSize.ofMegabytes(1), true))
                .doFilter(plain, plainResponse, new MockFilterChain());
        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/api/plans");
        secure.setSecure(true);
        MockHttpServletResponse offResponse = new MockHttpServletResponse();
        new ApiHardeningFilter(new SecurityProperties(DataSize.ofMegabytes(1), false))
                .doFilter(secure, offResponse, new MockFilterChain());

        assertThat(plainResponse.getHeader("Strict-Transport-Security")).isNull();
        assertThat(offResponse.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void aDeclaredLengthAboveTheLimitNeverReachesTheApplication() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/plans");
        request.setContentType("application/yaml");
        request.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ApiHardeningFilter(new SecurityProperties(DataSize.ofKilobytes(1), false)).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aMultipartUploadKeepsItsOwnLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/reports");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[2048]);
        MockFilterChain chain = new MockFilterChain();

        new ApiHardeningFilter(new SecurityProperties(DataSize.ofKilobytes(1), false))
                .doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
