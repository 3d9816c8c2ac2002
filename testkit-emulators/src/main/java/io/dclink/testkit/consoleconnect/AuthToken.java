package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/auth/token}: the user behind the API key, with the company it acts for in
 * {@code companies} and {@code linkUserCompany}, as the Auth page documents the fields (their
 * contents beyond {@code id}, {@code username} and {@code name} are UNVERIFIED).
 */
final class AuthToken {

    private AuthToken() {
    }

    static ObjectNode whoAmI(Company company, Ports ports) {
        ObjectNode user = CcJson.object().put("id", company.userId()).put("username", company.username() + "-api")
                .put("name", "API user of " + company.name()).put("email", "api@" + company.username() + ".example")
                .put("status", "ACTIVE").put("type", "PERSON");
        user.putArray("companies").add(company.json(ports));
        user.putObject("linkUserCompany").put("userId", company.userId()).put("companyId", company.id())
                .put("companyUsername", company.username()).put("role", "NETWORKCONTROL"); // UNVERIFIED fields
        user.set("capabilities", company.json(ports).get("capabilities").deepCopy()); // UNVERIFIED: the user's are the company's
        return user;
    }
}
