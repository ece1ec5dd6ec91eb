package vn.govportal.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Lets a call to a {@link RequiresRole} bean through only for a {@link Caller} with the role.
 * It runs before the portal's other interceptors, and a refusal leaves the caller's
 * transaction untouched ({@link NotPermittedException}).
 */
@RequiresRole(Role.AUTHOR) // the value is not binding: this one interceptor checks every role
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RoleCheck {

    @Inject
    Caller caller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Optional<Role> required = required(invocation.getMethod(), invocation.getTarget().getClass());
        if (required.isPresent() && !allows(required.get())) {
            throw new NotPermittedException(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName() + " needs the role " + required.get());
        }
        return invocation.proceed();
    }

    private boolean allows(Role required) {
        try {
            return caller.has(required);
        } catch (ContextNotActiveException noRequest) {
            return false; // not on behalf of a request (a timer, start-up): nobody is signed in
        }
    }

    /** The role a method needs: its own annotation, else its bean's; none when it permits all. */
    static Optional<Role> required(Method method, Class<?> bean) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        RequiresRole own = method.getAnnotation(RequiresRole.class);
        if (own != null) {
            return Optional.of(own.value());
        }
        RequiresRole onBean = bean.getAnnotation(RequiresRole.class); // @Inherited: found on a container's subclass too
        if (onBean == null) {
            onBean = method.getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        return Optional.ofNullable(onBean).map(RequiresRole::value);
    }
}
