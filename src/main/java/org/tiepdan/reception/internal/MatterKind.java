package org.tiepdan.reception.internal;

/**
 * The kind of the matter a citizen brings (the statistical forms and the national database count
 * visits by it, NĐ 55/2022 Art. 6): khiếu nại, tố cáo, kiến nghị/phản ánh, or mixed content. A
 * denunciation's citizen is sealed like a visit marked {@code denunciation}. Labels:
 * {@code reception.matter-kind.*}.
 */
enum MatterKind { COMPLAINT, DENUNCIATION, RECOMMENDATION, MIXED }
