package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a screen's form is sent ({@link FormErrors#submit}, issue 23): the step runs only on a
 * clean binding; a broken rule lands beside its field or above the form; a stale edit above the form;
 * every failure draws the form again.
 */
class FormErrorsTest {

    /** A form with one field, {@code name}. */
    public static class Form {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private final BindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
    private final AtomicInteger steps = new AtomicInteger();

    @Test
    void aCleanFormRunsItsStepAndAnswersWithItsView() {
        assertThat(FormErrors.submit(binding, () -> {
            steps.incrementAndGet();
            return "redirect:/done";
        }, () -> "form")).isEqualTo("redirect:/done");
        assertThat(steps).hasValue(1);
        assertThat(binding.hasErrors()).isFalse();
    }

    @Test
    void aBindingErrorDrawsTheFormAgainWithoutRunningTheStep() {
        binding.rejectValue("name", "error.required");
        assertThat(FormErrors.submit(binding, () -> {
            steps.incrementAndGet();
            return "redirect:/done";
        }, () -> "form")).isEqualTo("form");
        assertThat(steps).hasValue(0);
    }

    @Test
    void aBrokenRuleLandsBesideItsFieldOrAboveTheFormWhenTheFormHasNoSuchField() {
        assertThat(FormErrors.submit(binding, () -> {
            throw DomainException.invalid("name-too-short", "name");
        }, () -> "form")).isEqualTo("form");
        assertThat(binding.getFieldError("name")).isNotNull();
        assertThat(binding.getFieldError("name").getCode()).isEqualTo("error.name-too-short");

        BindingResult other = new BeanPropertyBindingResult(new Form(), "form");
        assertThat(FormErrors.submit(other, () -> {
            throw DomainException.conflict("petition-transition-invalid");
        }, () -> "form")).isEqualTo("form");
        assertThat(other.getFieldErrorCount()).isZero();
        assertThat(other.getGlobalError().getCode()).isEqualTo("error.petition-transition-invalid");
    }

    @Test
    void aRecordChangedByAnotherUserIsAStaleEditAboveTheFormNotAnErrorPage() {
        assertThat(FormErrors.submit(binding, () -> {
            throw new ObjectOptimisticLockingFailureException(Form.class, 7L);
        }, () -> "form")).isEqualTo("form");
        assertThat(binding.getGlobalError().getCode()).isEqualTo("error.stale-edit");
    }
}
