package org.tiepdan.portal.internal;

import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.petition.PetitionKind;

/** The public submission form as posted. {@code website} is the honeypot: people never see it. */
@Getter
@Setter
class SubmissionForm {

    private String q;
    private Long unitId;
    private PetitionKind kind;
    private String content;
    private String fullName;
    private String address;
    /** The kind of identity document as posted (a constant name; blank: follows from the number's form). */
    private String idKind;
    private String idNumber;
    private String phone;
    private String email;
    /** Where a feedback or recommendation is about (issue 24): commune, hamlet, optional point. */
    private String placeCommune;
    private String placeHamlet;
    private String latitude;
    private String longitude;
    /** How to be told of progress: EMAIL, SMS or NONE; empty: e-mail when an address is given. */
    private String notifyBy;
    private boolean consent;
    private String challengeToken;
    private String challengeAnswer;
    private String website;
    private List<MultipartFile> files = new ArrayList<>();

    @Override
    public String toString() {
        return "SubmissionForm[***]";
    }
}
