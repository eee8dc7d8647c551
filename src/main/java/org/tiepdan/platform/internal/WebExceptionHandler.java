package org.tiepdan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tiepdan.platform.DomainException;

/** Errors of the HTML screens: a Vietnamese page, with a reference id when it was unexpected. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return page(status, e.messageKey(), e.args(), null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView staleEdit() {
        return page(HttpStatus.CONFLICT, "error.stale-edit", new Object[0], null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.http.404", new Object[0], null);
    }

    /**
     * Bad input that never reached a form's validation (a number field with letters in a query, a
     * broken upload, an unreadable body): a 400 page, or the framework's own status.
     */
    @ExceptionHandler({ErrorResponseException.class, org.springframework.beans.TypeMismatchException.class,
            org.springframework.core.convert.ConversionFailedException.class, MultipartException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class,
            org.springframework.web.HttpRequestMethodNotSupportedException.class})
    ModelAndView badRequest(Exception e) {
        HttpStatus status = e instanceof ErrorResponse r ? HttpStatus.resolve(r.getStatusCode().value())
                : e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        status = status == null || status.is5xxServerError() ? HttpStatus.BAD_REQUEST : status;
        return page(status, "error.http." + status.value(), new Object[0], null);
    }

    /** What the database refused after a form's validation let it through (too long, NUL, unknown id). */
    @ExceptionHandler(DataAccessException.class)
    ModelAndView database(DataAccessException e, HttpServletRequest request) {
        return DatabaseRejection.of(e).map(r -> {
            log.warn("Database refused {} {}: {} (constraint {}); validation should have caught it",
                    request.getMethod(), request.getRequestURI(), r.code(), r.constraint());
            return page(r.status(), r.messageKey(), new Object[0], null);
        }).orElseGet(() -> unexpected(e, request));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        String reference = ErrorReference.current();
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[] {reference}, reference);
    }

    static ModelAndView page(HttpStatus status, String messageKey, Object[] args, String reference) {
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("messageKey", messageKey);
        mav.addObject("messageArgs", args);
        mav.addObject("reference", reference);
        mav.addObject("publicSite", onPublicSite());
        return mav;
    }

    /**
     * True when the failed page is one of the citizens' site ({@code /public/...}): its error page keeps
     * the public header and menu, and leads back to {@code /public}, not to the officers' sign-in.
     */
    static boolean onPublicSite() {
        if (!(org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.equals("/public") || path.startsWith("/public/");
    }
}
