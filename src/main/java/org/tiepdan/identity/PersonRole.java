package org.tiepdan.identity;

/** Who a sealed person is to the denunciation. Labels: {@code identity.role.*}. */
public enum PersonRole {
    /** người tố cáo */
    DENOUNCER,
    /** người thân của người tố cáo (Luật Tố cáo 2018 Art. 47) */
    RELATIVE
}
