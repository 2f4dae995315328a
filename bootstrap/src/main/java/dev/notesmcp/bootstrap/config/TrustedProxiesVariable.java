package dev.notesmcp.bootstrap.config;

import dev.notesmcp.adapter.http.clientaddress.CidrBlock;
import dev.notesmcp.adapter.http.clientaddress.TrustedProxies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code TRUSTED_PROXIES}: CIDR blocks or single addresses, separated by commas or spaces. Each bad
 * entry is its own problem line; a block that trusts everyone is refused, since then any client
 * could name its own address.
 */
final class TrustedProxiesVariable {

    static final String NAME = "TRUSTED_PROXIES";

    private TrustedProxiesVariable() {
    }

    static TrustedProxies read(Environment env, List<String> problems) {
        Optional<String> raw = env.get(NAME);
        if (raw.isEmpty()) {
            return TrustedProxies.NONE;
        }
        List<CidrBlock> blocks = new ArrayList<>();
        for (String entry : raw.get().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                CidrBlock block = CidrBlock.parse(entry);
                if (block.prefixLength() == 0) {
                    problems.add(NAME + ": '" + entry + "' trusts every address, so any client could choose its own;"
                            + " list only your proxies' addresses or ranges");
                } else {
                    blocks.add(block);
                }
            } catch (IllegalArgumentException e) {
                problems.add(NAME + ": " + e.getMessage());
            }
        }
        return new TrustedProxies(blocks);
    }
}
