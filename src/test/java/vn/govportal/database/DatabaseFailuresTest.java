package vn.govportal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatWentAwayIsAnOutage() {
        assertThat(DatabaseFailures.isUnreachable(new RuntimeException(new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new IllegalStateException(new SQLTransientConnectionException("pool")))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new RuntimeException("Error in allocating a connection. Cause: refused"))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("Connection is broken", "90067"))).isTrue();
    }

    @Test
    void aFaultOfTheRequestItselfIsNot() {
        assertThat(DatabaseFailures.isUnreachable(new RuntimeException(new SQLIntegrityConstraintViolationException("duplicate", "23505")))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new NullPointerException())).isFalse();
        assertThat(DatabaseFailures.isUnreachable(null)).isFalse();
    }
}
