package vn.trienkhai.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.trienkhai.ApplicationTests;
import vn.trienkhai.StartUpReadiness;

/** The one application context the security tests share: demo logins, embedded PostgreSQL. */
@Tag(ApplicationTests.LAYER)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(StartUpReadiness.class)
@interface SecurityIntegrationTest {
}
