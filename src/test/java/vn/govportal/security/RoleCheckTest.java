package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.PermitAll;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    /** A bean as the portal writes them: a role for the class, another for one method, one method open to all. */
    @RequiresRole(Role.AUTHOR)
    static class Desk {
        public void edit() {
        }

        @RequiresRole(Role.EDITOR)
        public void publish() {
        }

        @PermitAll
        public void read() {
        }
    }

    /** What a container may make of it: a subclass. */
    static class ContainersDesk extends Desk {
    }

    private final AtomicInteger ran = new AtomicInteger();
    private RoleCheck check;
    private Caller caller;

    @BeforeEach
    void setUp() {
        caller = new Caller();
        check = new RoleCheck();
        check.caller = caller;
    }

    private Object call(String method, Object target) throws Exception {
        return check.check(invocation(Desk.class.getMethod(method), target));
    }

    @Test
    void anAuthorEditsButMayNotPublish() throws Exception {
        caller.actFor("tac.gia", Role.AUTHOR, false);

        call("edit", new Desk());
        assertThat(ran).hasValue(1);

        assertThatThrownBy(() -> call("publish", new Desk())).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("publish").hasMessageContaining("EDITOR");
        assertThat(ran).hasValue(1);
    }

    @Test
    void higherRolesIncludeTheLowerOnes() throws Exception {
        caller.actFor("quan.tri", Role.ADMIN, false);

        call("edit", new ContainersDesk());
        call("publish", new ContainersDesk());

        assertThat(ran).hasValue(2);
    }

    @Test
    void nobodySignedInMayOnlyCallWhatPermitsAll() throws Exception {
        call("read", new ContainersDesk());
        assertThat(ran).hasValue(1);

        assertThatThrownBy(() -> call("edit", new ContainersDesk())).isInstanceOf(NotPermittedException.class);
        assertThat(ran).hasValue(1);
    }

    @Test
    void theRefusalLeavesTheCallersTransactionAsItWas() {
        jakarta.ejb.ApplicationException marker = NotPermittedException.class.getAnnotation(jakarta.ejb.ApplicationException.class);
        assertThat(marker).isNotNull();
        assertThat(marker.rollback()).isFalse();
    }

    private InvocationContext invocation(Method method, Object target) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Object proceed() {
                ran.incrementAndGet();
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }
        };
    }
}
