package org.helplinelogbook.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds details in free-text notes that could identify a caller, so the editor can warn and offer
 * redaction before a note is saved.
 *
 * <p>Immutable and thread-safe: construct once and share. Runs on every typing pause, so all patterns
 * are compiled once; a 2,000-character note scans in well under 5 ms.
 */
public final class IdentifierScanner {

    /** Tie-break when two overlapping hits are equally confident and equally long: more specific first. */
    private static final List<IdentifierKind> SPECIFICITY = List.of(
            IdentifierKind.EMAIL, IdentifierKind.URL, IdentifierKind.CHI_NUMBER, IdentifierKind.NHS_NUMBER,
            IdentifierKind.NI_NUMBER, IdentifierKind.PHONE, IdentifierKind.IP_ADDRESS,
            IdentifierKind.PAYMENT_CARD, IdentifierKind.PASSPORT, IdentifierKind.BANK_ACCOUNT,
            IdentifierKind.DATE_OF_BIRTH, IdentifierKind.STREET_ADDRESS, IdentifierKind.POSTCODE,
            IdentifierKind.VEHICLE_REG, IdentifierKind.SOCIAL_HANDLE, IdentifierKind.SCHOOL, IdentifierKind.WORKPLACE,
            IdentifierKind.NAME);

    private static final Comparator<IdentifierHit> PREFERENCE = Comparator
            .comparing(IdentifierHit::confidence)                       // HIGH before LOW
            .thenComparing(Comparator.comparingInt(IdentifierHit::length).reversed())
            .thenComparingInt(h -> SPECIFICITY.indexOf(h.kind()))
            .thenComparingInt(IdentifierHit::start);

    private final List<Detector> detectors = List.of(
            new PhoneDetector(), new EmailDetector(), new PostcodeDetector(), new NationalInsuranceDetector(),
            new HealthNumberDetector(), new IpAddressDetector(), new UrlDetector(), new HandleDetector(),
            new DateOfBirthDetector(), new StreetAddressDetector(), new NameDetector(), new SchoolDetector(),
            new WorkplaceDetector(), new VehicleRegDetector(), new SpokenNumberDetector(), new FinanceDetector());

    /**
     * Returns non-overlapping hits sorted by start offset. Where candidates overlap, the higher
     * confidence one wins, then the longer one, so "jo@example.com" is one email, not a URL inside one.
     */
    public List<IdentifierHit> scan(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return List.of();
        }
        // Detectors read the note as people paste it, folded (no-break spaces, dashes, other scripts' digits...);
        // hits are mapped back to the characters the worker sees.
        PastedText pasted = PastedText.of(text);
        String folded = pasted.folded();
        List<IdentifierHit> candidates = new ArrayList<>();
        for (Detector d : detectors) {
            d.detect(folded, candidates);
        }
        candidates.sort(PREFERENCE);
        List<IdentifierHit> kept = new ArrayList<>();
        for (IdentifierHit c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        List<IdentifierHit> whole = new ArrayList<>(kept.size());
        for (IdentifierHit h : kept) {
            // Redaction must take the identifier with its pieces ("'88", "/0124"), not leave them behind.
            IdentifierHit extended = Pieces.extend(folded, h);
            if (whole.stream().noneMatch(extended::overlaps) && kept.stream().noneMatch(o -> o != h && o.overlaps(extended))) {
                whole.add(extended);
            } else {
                whole.add(h);
            }
        }
        whole.sort(Comparator.comparingInt(IdentifierHit::start));
        return whole.stream().map(pasted::toOriginal).toList();
    }
}
