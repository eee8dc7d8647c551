package org.tiepdan.portal.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.petition.PetitionKind;

/** The public submission form as posted. {@code website} is the honeypot: people never see it. */
class SubmissionForm {

    private String q;
    private Long unitId;
    private PetitionKind kind;
    private String content;
    private String fullName;
    private String address;
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public PetitionKind getKind() {
        return kind;
    }

    public void setKind(PetitionKind kind) {
        this.kind = kind;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** The kind of identity document as posted (a constant name; blank: follows from the number's form). */
    public String getIdKind() {
        return idKind;
    }

    public void setIdKind(String idKind) {
        this.idKind = idKind;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPlaceCommune() {
        return placeCommune;
    }

    public void setPlaceCommune(String placeCommune) {
        this.placeCommune = placeCommune;
    }

    public String getPlaceHamlet() {
        return placeHamlet;
    }

    public void setPlaceHamlet(String placeHamlet) {
        this.placeHamlet = placeHamlet;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getNotifyBy() {
        return notifyBy;
    }

    public void setNotifyBy(String notifyBy) {
        this.notifyBy = notifyBy;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getChallengeToken() {
        return challengeToken;
    }

    public void setChallengeToken(String challengeToken) {
        this.challengeToken = challengeToken;
    }

    public String getChallengeAnswer() {
        return challengeAnswer;
    }

    public void setChallengeAnswer(String challengeAnswer) {
        this.challengeAnswer = challengeAnswer;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<MultipartFile> getFiles() {
        return files;
    }

    public void setFiles(List<MultipartFile> files) {
        this.files = files;
    }

    @Override
    public String toString() {
        return "SubmissionForm[***]";
    }
}
