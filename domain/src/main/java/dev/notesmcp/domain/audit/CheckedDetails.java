package dev.notesmcp.domain.audit;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * An audit event's details, each value checked by its {@link AuditDetail#check rule} when it came
 * in and never again: the map cannot be changed, so an event built from another event's details
 * (a user, a client or one more detail added) checks only what is new. Iterates in
 * {@link AuditDetail} order.
 */
public final class CheckedDetails extends AbstractMap<AuditDetail, String> {

    private static final CheckedDetails NONE = new CheckedDetails(new EnumMap<>(AuditDetail.class));

    /** Never changed after construction; {@link #view} is what leaves. */
    private final EnumMap<AuditDetail, String> values;
    private final Map<AuditDetail, String> view;

    private CheckedDetails(EnumMap<AuditDetail, String> checked) {
        this.values = checked;
        this.view = Collections.unmodifiableMap(checked);
    }

    public static CheckedDetails none() {
        return NONE;
    }

    /** Every value of {@code details} checked by its detail's rule; details already checked pass as they are. */
    public static CheckedDetails of(Map<AuditDetail, String> details) {
        if (details instanceof CheckedDetails checked) {
            return checked;
        }
        EnumMap<AuditDetail, String> checked = new EnumMap<>(AuditDetail.class);
        details.forEach((detail, value) -> checked.put(detail, detail.check(value)));
        return new CheckedDetails(checked);
    }

    /** These details with {@code value} for {@code detail} (replacing any), only the new value checked. */
    public CheckedDetails with(AuditDetail detail, String value) {
        String checkedValue = detail.check(value);
        EnumMap<AuditDetail, String> more = new EnumMap<>(values);
        more.put(detail, checkedValue);
        return new CheckedDetails(more);
    }

    @Override
    public String get(Object detail) {
        return values.get(detail);
    }

    @Override
    public boolean containsKey(Object detail) {
        return values.containsKey(detail);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Set<Entry<AuditDetail, String>> entrySet() {
        return view.entrySet();
    }
}
