package org.tiepdan.oversight;

/**
 * How a person who abused the right to petition was handled: nhắc nhở, giáo dục (REMINDER), xử phạt
 * vi phạm hành chính (ADMINISTRATIVE_SANCTION), chuyển cơ quan có thẩm quyền xử lý hình sự
 * (CRIMINAL_REFERRAL), other. Labels: {@code oversight.abuse.measure.<NAME>}.
 */
public enum AbuseMeasure { REMINDER, ADMINISTRATIVE_SANCTION, CRIMINAL_REFERRAL, OTHER }
