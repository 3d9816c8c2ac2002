package io.dclink.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider would charge for an order, asked before ordering: its priced items, or the
 * provider's answer that it has no price for the combination (a typed answer, not an error).
 *
 * @param provider the provider id
 * @param currency the ISO 4217 code of every amount, or {@code null} when nothing is priced
 * @param items the priced items, in the provider's order; empty when there is no price
 */
public record Quote(String provider, String currency, List<Item> items) {

    /**
     * One priced item.
     *
     * @param type what is priced, in the provider's words (e.g. {@code CONNECTION}, {@code PORT})
     * @param amount its price for the ordered term
     * @param upfront what the provider takes or pre-authorises up front, or {@code null}
     */
    public record Item(String type, BigDecimal amount, BigDecimal upfront) {

        /**
         * Validates the components.
         *
         * @param type the type
         * @param amount the price
         * @param upfront the up-front amount, or {@code null}
         */
        public Item {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * Validates and copies the components.
     *
     * @param provider the provider id
     * @param currency the currency, or {@code null} when nothing is priced
     * @param items the items
     */
    public Quote {
        Objects.requireNonNull(provider, "provider");
        items = List.copyOf(items);
        if (!items.isEmpty() && currency == null) {
            throw new IllegalArgumentException("priced items need a currency");
        }
    }

    /**
     * The provider's answer that it has no price for the combination.
     *
     * @param provider the provider id
     * @return the quote
     */
    public static Quote noPrice(String provider) {
        return new Quote(provider, null, List.of());
    }

    /** {@return whether the provider priced the order: {@code false} when it has no price for the combination} */
    public boolean priced() {
        return !items.isEmpty();
    }

    /** {@return the sum of the items' prices, or empty when nothing is priced} */
    public Optional<BigDecimal> total() {
        return items.stream().map(Item::amount).reduce(BigDecimal::add);
    }
}
