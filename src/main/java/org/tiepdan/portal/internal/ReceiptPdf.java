package org.tiepdan.portal.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.HtmlPdf;

/**
 * The receipt (giấy biên nhận) as PDF, from the same public view as the receipt page: it cannot
 * carry what that view does not hold (no identity, and no content for a denunciation).
 */
@Component
class ReceiptPdf {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ITemplateEngine templates;
    private final PortalProperties properties;
    private final Clock clock;

    ReceiptPdf(ITemplateEngine templates, PortalProperties properties, Clock clock) {
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    byte[] render(PetitionTracking.TrackedPetition p) {
        Context context = new Context(VI);
        context.setVariable("p", p);
        context.setVariable("trackingUrl", properties.baseUrl() + "/public/tracking");
        context.setVariable("printedOn", Dates.format(Dates.today(clock)));
        return HtmlPdf.render(templates.process("portal/receipt-pdf", context));
    }

    static String fileName(PetitionTracking.TrackedPetition p) {
        return "bien-nhan-" + p.registrationNumber().replace('/', '-') + ".pdf";
    }
}
