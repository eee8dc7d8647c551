package org.tiepdan.account.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.tiepdan.account.TwoFactor;

/**
 * Where a sign-in's state lives between requests, and its steps: after the password either the
 * full sign-in or a pending one waiting for the second factor; after the code the full sign-in
 * marked {@link TwoFactor#FACTOR}. The session id changes at each step (fixation).
 */
@Component
class SignInContexts {

    /** The repository the web chain uses too, so that what a step saves is what the next request reads. */
    static final SecurityContextRepository REPOSITORY = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private final TwoFactorService twoFactor;

    SignInContexts(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    /** After a good password: straight in, or on to the code (or to enrolment when the role requires it). */
    AuthenticationSuccessHandler afterPassword() {
        SavedRequestAwareAuthenticationSuccessHandler straightIn = new SavedRequestAwareAuthenticationSuccessHandler();
        straightIn.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            TwoFactorService.Next next = twoFactor.afterPassword(authentication.getName());
            if (next == TwoFactorService.Next.DONE) {
                straightIn.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            save(TwoFactorController.pending(authentication.getName()), request, response);
            response.sendRedirect(request.getContextPath()
                    + (next == TwoFactorService.Next.CODE ? "/login/two-factor" : "/login/two-factor/enrol"));
        };
    }

    /**
     * After a first factor other than the password (the province's provider): straight in, or on
     * to the code or to enrolment, exactly as after a password.
     */
    void afterFirstFactor(org.tiepdan.account.TiepdanUser user, HttpServletRequest request,
            HttpServletResponse response) throws java.io.IOException {
        TwoFactorService.Next next = twoFactor.afterPassword(user.getUsername());
        if (next == TwoFactorService.Next.DONE) {
            save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        save(TwoFactorController.pending(user.getUsername()), request, response);
        response.sendRedirect(request.getContextPath()
                + (next == TwoFactorService.Next.CODE ? "/login/two-factor" : "/login/two-factor/enrol"));
    }

    /** The full sign-in after a second factor. */
    void signIn(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(TwoFactor.FACTOR));
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities), request, response);
    }

    void signOut(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    private static void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }

    static boolean pending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> TwoFactorController.PENDING.equals(a.getAuthority()));
    }

}
