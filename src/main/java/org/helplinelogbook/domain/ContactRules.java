package org.helplinelogbook.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The rules every stored contact obeys, whichever way it arrives (form, CLI, import). */
public final class ContactRules {

    public static final int MAX_DURATION_SECONDS = 86_400;
    public static final int MAX_NOTES_CHARS = 20_000;
    public static final int MAX_CALLER_CODE_CHARS = 100;

    private ContactRules() {}

    /** Every problem with the draft, each as a short sentence; empty when the draft can be stored. */
    public static List<String> problems(ContactDraft draft, Taxonomy taxonomy) {
        List<String> problems = new ArrayList<>();
        if (draft.startedAt() == null) {
            problems.add("start time is missing");
        }
        if (draft.durationSeconds() < 0 || draft.durationSeconds() > MAX_DURATION_SECONDS) {
            problems.add("duration must be between 0 and 86400 seconds");
        }
        requireActive(problems, taxonomy, Dimension.CHANNEL, draft.channel(), "channel");
        requireActive(problems, taxonomy, Dimension.CALLER_TYPE, draft.callerType(), "caller type");
        boolean data = taxonomy.isDataCallerType(draft.callerType());
        if (data) {
            if (draft.source() == null) {
                problems.add("how the caller heard of the helpline is missing (use not_asked if it was not asked)");
            } else {
                requireActive(problems, taxonomy, Dimension.SOURCE, draft.source(), "source");
            }
            checkCodes(problems, taxonomy, Dimension.TOPIC, draft.topics(), "topic");
            checkCodes(problems, taxonomy, Dimension.OUTCOME, draft.outcomes(), "outcome");
        } else if (taxonomy.find(Dimension.CALLER_TYPE, draft.callerType()).isPresent()) {
            if (!draft.topics().isEmpty() || !draft.outcomes().isEmpty() || draft.source() != null) {
                problems.add("a non-data contact carries no topics, outcomes or source");
            }
        }
        if (draft.notes() != null && draft.notes().length() > MAX_NOTES_CHARS) {
            problems.add("notes are longer than " + MAX_NOTES_CHARS + " characters");
        }
        if (draft.callerCode() != null && draft.callerCode().length() > MAX_CALLER_CODE_CHARS) {
            problems.add("caller codeword is longer than " + MAX_CALLER_CODE_CHARS + " characters");
        }
        return problems;
    }

    private static void requireActive(List<String> problems, Taxonomy taxonomy, Dimension dimension, String code, String what) {
        if (code == null || code.isBlank()) {
            problems.add(what + " is missing");
        } else if (!taxonomy.isActive(dimension, code)) {
            problems.add("unknown " + what + " '" + code + "'");
        }
    }

    private static void checkCodes(List<String> problems, Taxonomy taxonomy, Dimension dimension, List<String> codes, String what) {
        var seen = new HashSet<String>();
        for (String code : codes) {
            if (!taxonomy.isActive(dimension, code)) {
                problems.add("unknown " + what + " '" + code + "'");
            } else if (!seen.add(code)) {
                problems.add(what + " '" + code + "' is given twice");
            }
        }
    }
}
