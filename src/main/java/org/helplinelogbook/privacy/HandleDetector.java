package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social media usernames: "@name", or a platform name followed by a username ("snap: name",
 * "snapchat name is x", "discord name#1234"). Only the username itself is reported.
 */
final class HandleDetector implements Detector {

    private static final Pattern AT_HANDLE = Pattern.compile(
            "(?<![\\w@./])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\\w@])");

    private static final Pattern PLATFORM = Pattern.compile(
            "(?i)\\b(?:snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|twitter|kik|discord|telegram|whatsapp|wickr|steam|threads"
                    + "|signal|viber|omegle|wizz|yubo|minecraft|fortnite|epic|playstation|nintendo|vrchat|linkedin|tumblr|pinterest"
                    + "|reddit|facebook|fb|skype|xbox|psn|roblox|bluesky|twitch|youtube|onlyfans|grindr|tinder)\\b"
                    + "\\s*(?<nameword>(?:user ?name|name|handle|account|id|tag|gamertag)\\b\\s*)?"
                    + "(?:(?<sep>[:=]|\\bis\\b|\\bwas\\b|\\bas\\b|-)\\s*)?"
                    + "(?<handle>@?[A-Za-z0-9_][A-Za-z0-9_.\\-]{1,29}(?:#\\d{4})?)");

    private static final Pattern DISCORD_TAG = Pattern.compile("#\\d{4}$");

    /** Words that follow a platform name in ordinary sentences ("his snapchat is deleted"). */
    private static final Set<String> NOT_HANDLES = Set.of(
            "a", "an", "the", "and", "or", "but", "he", "she", "they", "it", "his", "her", "their", "him",
            "them", "is", "was", "to", "of", "on", "in", "at", "for", "with", "not", "no", "yes",
            "account", "accounts", "app", "deleted", "blocked", "private", "closed", "banned", "gone",
            "messages", "group", "groups", "chat", "chats", "where", "when", "which", "that", "this", "then",
            "unknown", "home", "work", "school", "now", "later", "too", "also", "only", "just", "about",
            "name", "username", "handle", "said", "says", "told", "used", "uses", "using", "mostly", "etc");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        if (text.indexOf('@') >= 0) {
            Matcher m = AT_HANDLE.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (hasLetter(name) && !NOT_HANDLES.contains(name.toLowerCase(Locale.ROOT))) {
                    out.add(new IdentifierHit(IdentifierKind.SOCIAL_HANDLE, m.start(), m.end(), Confidence.HIGH));
                }
            }
        }
        Matcher m = PLATFORM.matcher(text);
        while (m.find()) {
            int start = m.start("handle");
            int end = m.end("handle");
            while (end > start && ".-".indexOf(text.charAt(end - 1)) >= 0) {
                end--; // sentence full stop or dash after the name
            }
            String handle = text.substring(start, end);
            String bare = handle.startsWith("@") ? handle.substring(1) : handle;
            if (bare.length() < 2 || NOT_HANDLES.contains(bare.toLowerCase(Locale.ROOT)) || !hasLetter(bare)) {
                continue;
            }
            String sep = m.group("sep");
            String nameWord = m.group("nameword");
            // "account is still active" is prose; "username is jo_b" is not.
            boolean strongNameWord = nameWord != null && !nameWord.toLowerCase(Locale.ROOT).startsWith("account");
            boolean explicit = handle.startsWith("@") || DISCORD_TAG.matcher(handle).find()
                    || sep != null && (":".equals(sep) || "=".equals(sep))
                    || strongNameWord
                    || sep != null && looksLikeUsername(bare);
            if (explicit) {
                out.add(new IdentifierHit(IdentifierKind.SOCIAL_HANDLE, start, end, Confidence.HIGH));
            }
        }
    }

    /** Usernames usually carry digits, underscores or dots; plain words after "is" usually don't. */
    private static boolean looksLikeUsername(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
