package org.tiepdan.platform;

import java.util.function.Supplier;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * How a broken rule lands on a screen's form: beside its field when the form has that field, above
 * the form otherwise. One helper for every module's forms, so that every screen answers bad input
 * the same way (the form again, every error beside its field, the typed values kept).
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Puts the message of a broken rule beside its field, or above the form when no field fits. */
    public static void reject(BindingResult binding, DomainException e) {
        Object[] args = e.args();
        if (e.field() != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(e.field())) {
            binding.rejectValue(e.field(), e.messageKey(), args, e.messageKey());
        } else {
            binding.reject(e.messageKey(), args, e.messageKey());
        }
    }

    /**
     * The one way a screen's form is sent (issue 23): when binding found no error, {@code step} runs and
     * its view (a redirect, usually) is the answer; a rule it breaks lands beside its field
     * ({@link #reject}), a record someone else changed since the form was drawn ({@code stale-edit}) above
     * the form, and the form is drawn again by {@code formAgain} with what was typed. The step's
     * transaction has rolled back by then: nothing of it is half-written.
     */
    public static String submit(BindingResult binding, Supplier<String> step, Supplier<String> formAgain) {
        if (!binding.hasErrors()) {
            try {
                return step.get();
            } catch (DomainException e) {
                reject(binding, e);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.stale-edit");
            }
        }
        return formAgain.get();
    }
}
