package io.dclink.faultcorpus;

import io.dclink.testkit.emulator.FaultKind;
import io.dclink.testkit.emulator.Faults;
import java.time.Duration;
import java.util.List;

/** The plan that puts a generated fault in place. */
final class Plans {

    private Plans() {
    }

    static CaseRunner.Plan none() {
        return new CaseRunner.Plan() {
        };
    }

    static CaseRunner.Plan of(FaultCase c) {
        return switch (c.fault()) {
            case NONE -> none();
            case UNDOCUMENTED_STATE -> new CaseRunner.Plan() {
                private String effect = "";

                @Override
                public void onResources(Bench bench, Prepared prepared) {
                    List<Prepared.StateTarget> targets = prepared.stateTargets.stream()
                            .filter(t -> bench.settableStates().contains(t.type())).toList();
                    if (targets.isEmpty()) {
                        effect = "no resource to set a state on";
                        return;
                    }
                    Prepared.StateTarget target = targets.get(c.stateTarget() % targets.size());
                    bench.emulator().operator().setRawState(target.type(), target.id(), c.text());
                    if (target.shared()) {
                        bench.retireShared(target.id());
                    }
                    effect = "set " + target.type() + " " + target.id() + " to '" + c.text() + "'";
                }

                @Override
                public String effect() {
                    return effect;
                }
            };
            case THROTTLE, THROTTLE_RETRY_AFTER, SERVER_ERROR, RESET_BEFORE_PROCESSING, RESET_AFTER_PROCESSING,
                    DELAY_PAST_TIMEOUT, TRUNCATED_BODY, MALFORMED_BODY, EMPTY_BODY, WRONG_TYPE_BODY,
                    UNDOCUMENTED_ERROR_CODE -> new CaseRunner.Plan() {
                @Override
                public void script(Bench bench, Prepared prepared) {
                    Faults faults = bench.emulator().faults();
                    String target = c.target();
                    switch (c.fault()) {
                        case THROTTLE -> faults.throttle(target, c.times());
                        case THROTTLE_RETRY_AFTER -> faults.throttle(target, c.text(), c.times());
                        case SERVER_ERROR -> faults.serverError(target, c.status(), c.text(), c.times());
                        case RESET_BEFORE_PROCESSING -> faults.reset(target, false, c.times());
                        case RESET_AFTER_PROCESSING -> faults.reset(target, true, c.times());
                        case DELAY_PAST_TIMEOUT -> faults.delay(target, Duration.ofMillis(c.delayMillis()), c.times());
                        case TRUNCATED_BODY -> faults.corrupt(target, FaultKind.TRUNCATED_BODY, c.times());
                        case MALFORMED_BODY -> faults.corrupt(target, FaultKind.MALFORMED_BODY, c.times());
                        case EMPTY_BODY -> faults.corrupt(target, FaultKind.EMPTY_BODY, c.times());
                        case WRONG_TYPE_BODY -> faults.replaceBody(target, c.text(), c.times());
                        case UNDOCUMENTED_ERROR_CODE -> faults.providerError(target, c.text(), c.status(), c.times());
                        default -> throw new IllegalStateException(c.fault().name());
                    }
                }
            };
            case WRONG_TYPE_FIELD, UNDOCUMENTED_STATE_IN_ANSWER, PAGING_TOTAL_TOO_LARGE, PAGING_PAGE_SIZE_ZERO,
                    PAGING_PAGE_SIZE_NEGATIVE, PAGING_TOKEN_REPEATED, PAGING_TOKEN_CYCLING, PAGING_TOKEN_FRESH,
                    PAGING_DUPLICATE_ITEMS, PAGING_EMPTY_PAGES -> new CaseRunner.Plan() {
                private Rewrites.Counting rewrite;

                @Override
                public void script(Bench bench, Prepared prepared) {
                    rewrite = switch (c.fault()) {
                        case WRONG_TYPE_FIELD -> Rewrites.wrongTypeField(c.salt(), c.text());
                        case UNDOCUMENTED_STATE_IN_ANSWER -> Rewrites.undocumentedState(c.text());
                        case PAGING_TOTAL_TOO_LARGE -> Rewrites.totalTooLarge();
                        case PAGING_PAGE_SIZE_ZERO -> Rewrites.pageSize(0);
                        case PAGING_PAGE_SIZE_NEGATIVE -> Rewrites.pageSize(-1);
                        case PAGING_TOKEN_REPEATED -> Rewrites.tokenRepeated();
                        case PAGING_TOKEN_CYCLING -> Rewrites.tokenCycling();
                        case PAGING_TOKEN_FRESH -> Rewrites.tokenFresh();
                        case PAGING_DUPLICATE_ITEMS -> Rewrites.duplicateItems();
                        case PAGING_EMPTY_PAGES -> Rewrites.emptyPages();
                        default -> throw new IllegalStateException(c.fault().name());
                    };
                    bench.emulator().faults().rewrite(c.target(), rewrite, c.times());
                }

                @Override
                public String effect() {
                    return rewrite == null ? "" : "answers rewritten: " + rewrite.changed();
                }
            };
        };
    }
}
