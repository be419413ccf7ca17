package vn.trienkhai.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathsTests {

    private static final String SETUP = "/camunda/api/admin/setup";

    @Test
    void normalisesSlashesParametersEncodingAndCase() {
        assertThat(RequestPaths.normalise("//camunda\\api/./x/../Admin;jsessionid=1/%2573etup/"))
                .isEqualTo("/camunda/api/admin/setup");
    }

    @Test
    void matchesThePrefixAndWhatLiesBelowOnly() {
        assertThat(RequestPaths.isAtOrBelow("/camunda/api/admin/setup", SETUP)).isTrue();
        assertThat(RequestPaths.isAtOrBelow("/camunda/api/admin/setup/default/user/create", SETUP)).isTrue();
        assertThat(RequestPaths.isAtOrBelow("/camunda/api/admin%2Fsetup%2Fdefault", SETUP)).isTrue();
        assertThat(RequestPaths.isAtOrBelow("/camunda/api/admin/setupx", SETUP)).isFalse();
        assertThat(RequestPaths.isAtOrBelow("/camunda/api/admin/auth/user/default", SETUP)).isFalse();
    }

    @Test
    void keepsAMalformedEscapeAsItIs() {
        assertThat(RequestPaths.normalise("/a/%zz/b")).isEqualTo("/a/%zz/b");
    }
}
