package vn.govportal.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a bean's methods need (on the class), or one method needs (on the method, which
 * takes precedence; {@code @PermitAll} on a method lets anyone call it). Checked by
 * {@link RoleCheck} against the {@link Caller}; a caller without it gets a
 * {@link NotPermittedException} and the method does not run.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    /** The lowest role allowed; the roles above it are allowed too. */
    @Nonbinding
    Role value();
}
