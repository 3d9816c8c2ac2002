package io.dclink.temporal;

import io.dclink.lifecycle.Party;
import io.dclink.lifecycle.RequiredAction;
import java.util.Set;

/**
 * What a provisioning workflow's query answers.
 *
 * @param phase where the workflow is
 * @param lineId the line, once ordered
 * @param gatewayId the gateway, once created
 * @param interfaceId the interface, once created
 * @param current the resource being followed, as last read, or {@code null}
 * @param requiredAction what must happen next
 * @param whoMustAct who must do it
 * @param waitingFor the signal the workflow waits for, or {@code null} when it waits for nobody
 * @param signalsKept signals received before their step, kept until it comes
 * @param failure why the workflow failed, or {@code null}
 */
public record LineStatus(Phase phase, String lineId, String gatewayId, String interfaceId, ResourceView current,
        RequiredAction requiredAction, Party whoMustAct, HumanStep waitingFor, Set<HumanStep> signalsKept,
        String failure) {

    /**
     * A defensive copy.
     *
     * @param phase where the workflow is
     * @param lineId the line, once ordered
     * @param gatewayId the gateway, once created
     * @param interfaceId the interface, once created
     * @param current the resource being followed, as last read, or {@code null}
     * @param requiredAction what must happen next
     * @param whoMustAct who must do it
     * @param waitingFor the signal the workflow waits for, or {@code null} when it waits for nobody
     * @param signalsKept signals received before their step, kept until it comes
     * @param failure why the workflow failed, or {@code null}
     */
    public LineStatus {
        signalsKept = Set.copyOf(signalsKept);
    }
}
