package org.craftrank.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The current request's id (the client's {@code X-Request-Id} when it is sane, else a fresh one) and the
 * client's address, so audit lines and error references can be matched to proxy and client logs.
 */
@RequestScoped
public class RequestInfo {

    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private String requestId;
    private String address;

    void bind(String clientRequestId, String clientAddress) {
        this.requestId = clientRequestId != null && SANE_ID.matcher(clientRequestId).matches()
                ? clientRequestId : UUID.randomUUID().toString();
        this.address = clientAddress;
    }

    public String requestId() {
        return requestId;
    }

    public String address() {
        return address;
    }
}
