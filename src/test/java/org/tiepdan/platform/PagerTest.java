package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 19: paging keeps every filter of the list, repeated and encoded ones too, and only changes {@code page}. */
class PagerTest {

    @Test
    void theLinksKeepEveryParameterButPage() {
        Pager p = Pager.of(2, 5, 93, 1, "/petitions",
                "q=%C4%91%E1%BA%A5t&unitId=7&kind=COMPLAINT&state=RECEIVED&from=01%2F01%2F2026&to=31%2F03%2F2026"
                        + "&field=LAND&overdue=true&degradationRelated=true&mass=true&complex=true&page=2");
        assertThat(p.number()).isEqualTo(2);
        assertThat(p.hasPrevious()).isTrue();
        assertThat(p.hasNext()).isTrue();
        assertThat(p.next()).isEqualTo("/petitions?q=%C4%91%E1%BA%A5t&unitId=7&kind=COMPLAINT&state=RECEIVED"
                + "&from=01%2F01%2F2026&to=31%2F03%2F2026&field=LAND&overdue=true&degradationRelated=true&mass=true"
                + "&complex=true&page=3");
        assertThat(p.previous()).endsWith("&complex=true&page=1");
    }

    @Test
    void aListCountedFromZeroAndOneWithoutFilters() {
        Pager audit = Pager.of(0, 3, 120, 0, "/admin/audit", null);
        assertThat(audit.number()).isEqualTo(1);
        assertThat(audit.hasPrevious()).isFalse();
        assertThat(audit.next()).isEqualTo("/admin/audit?page=1");
        Pager last = Pager.of(3, 3, 60, 1, "/petitions", "page=3&tag=a&tag=b&pageSize=x");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.previous()).isEqualTo("/petitions?tag=a&tag=b&pageSize=x&page=2");
        assertThat(Pager.of(1, 0, 0, 1, "/petitions", "").pages()).isEqualTo(1);
    }
}
