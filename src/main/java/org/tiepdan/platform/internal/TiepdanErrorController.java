package org.tiepdan.platform.internal;


import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (unknown URL, filter failures): a problem for API
 * clients, a Vietnamese page for people.
 */
@Controller
class TiepdanErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(TiepdanErrorController.class);
    private final MessageSource messages;

    TiepdanErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @PreAuthorize("permitAll()")
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView html(HttpServletRequest request) {
        HttpStatus status = status(request);
        String reference = logIfServerError(request, status);
        return WebExceptionHandler.page(status, messageKey(status, reference), new Object[] {reference}, reference);
    }

    @PreAuthorize("permitAll()")
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> api(HttpServletRequest request) {
        HttpStatus status = status(request);
        String reference = logIfServerError(request, status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                msg(messageKey(status, reference), reference));
        problem.setTitle(msg("error.title." + status.value(), msg("error.title.generic")));
        problem.setProperty("code", reference == null ? "http-" + status.value() : "unexpected");
        if (reference != null) {
            problem.setProperty("reference", reference);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String messageKey(HttpStatus status, String reference) {
        return reference != null ? "error.unexpected" : "error.http." + status.value();
    }

    private String logIfServerError(HttpServletRequest request, HttpStatus status) {
        if (!status.is5xxServerError()) {
            return null;
        }
        String reference = ErrorReference.current();
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        log.error("Unexpected error {} on {}", reference, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                error instanceof Throwable t ? t : null);
        return reference;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

}
