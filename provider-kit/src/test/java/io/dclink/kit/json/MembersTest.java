package io.dclink.kit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembersTest {

    @Test
    void aRepeatedNameIsFoundEvenWhenOneOfItsCopiesIsNotInterned() {
        Members members = new Members(2);
        members.put(new String("Name".toCharArray()), "first");
        members.put("Name", "second");

        assertThat(members.size()).isEqualTo(1);
        assertThat(members.get("Name")).isEqualTo("second");
    }

    @Test
    void namesWhoseHashesShareABitAreStillDistinct() {
        Members members = new Members(2);
        members.put("Aa", 1);
        members.put("BB", 2);

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(members.size()).isEqualTo(2);
        assertThat(members.get("Aa")).isEqualTo(1);
        assertThat(members.get("BB")).isEqualTo(2);
    }
}
