package org.tiepdan.platform;

import org.springframework.beans.BeanWrapperImpl;
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
}
