package org.tiepdan.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a reference id ({@link ErrorReference}), first of all filters: in the MDC
 * for the whole request, so that every log line of it carries the id (logging.pattern.level in
 * application.yaml), in the {@code X-Request-Id} response header, and on the error page or problem
 * if something goes wrong — one id from the user's screen to the log lines of any node. The id is
 * always made here, never taken from the request: a client must not write into our logs. The error
 * dispatch that follows an exception reuses the id of its request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object existing = request.getAttribute(ATTRIBUTE);
        String id = existing instanceof String s ? s : ErrorReference.next();
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(ErrorReference.MDC_KEY);
        MDC.put(ErrorReference.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer != null) {
                MDC.put(ErrorReference.MDC_KEY, outer);
            } else {
                MDC.remove(ErrorReference.MDC_KEY);
            }
        }
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
