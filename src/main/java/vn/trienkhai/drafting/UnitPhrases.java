package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a run of unit names ends and what names it holds. A run ends at the verb that starts the
 * predicate ("Phòng Văn hóa - Xã hội <b>tham mưu</b> ..."), unless the verb is part of a name
 * ("Ban Tổ chức", "Ủy ban Kiểm tra"); the names are split on commas and "và", a split that
 * breaks a unit's own name ("Đài Phát thanh và Truyền hình") being undone by the matcher.
 */
final class UnitPhrases {

    /** One name of a run, as written, and the units it stands for. */
    record Named(String source, UnitMatcher.UnitMatch match) {
    }

    /** The names of a run and where the run ends in the text. */
    record Run(String source, List<Named> names, int end) {
        boolean collectiveFirst() {
            return !names.isEmpty() && names.get(0).match().group();
        }
    }

    private static final String VERBS = "chu tri|phoi hop|to chuc|xay dung|trien khai|thuc hien|tham muu|chi dao|"
            + "huong dan|theo doi|don doc|kiem tra|giam sat|pho bien|tuyen truyen|chiu trach nhiem|co trach nhiem|"
            + "day manh|tang cuong|ra soat|bao cao|nghien cuu|quan triet|phat huy|bo tri|dam bao|bao dam|phat dong|"
            + "tiep tuc|khan truong|chu dong|long ghep|tong hop|cung cap|lam|la|tiep nhan|duy tri|nang cao|"
            + "hoan thanh|de xuat|ban hanh|cap nhat|van dong|xu ly|phan cong|nam bat|bo sung|sap xep|kien toan|"
            + "tap trung|quan ly|hoc tap|ho tro|cu|tap huan|dang tai|xem xet|gui|tham gia|"
            + "lap|soan thao|thanh lap|phan cong|kiem soat|tuan tra|chuan bi|can cu|thuong xuyen|phat hien|"
            + "tuyen duong|bieu duong|khen thuong|vao cuoc|tich cuc|duoc|se|phai|nghiem tuc";
    private static final Pattern VERB = Pattern.compile("\\b(" + VERBS + ")\\b");
    private static final Pattern NAME_HEAD = Pattern.compile("(?:\\b(?:cac|nhung|ban|to|hoi dong|uy ban|doan|trung tam|"
            + "phong|chi cuc|cuc|so|vu|bo)\\s+)$");
    private static final Pattern STOP = Pattern.compile("[()\\[\\];:.]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:va|cung|voi)\\s+");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+(?:tren dia ban|o dia phuong|trong toan).*$");
    private static final Pattern UNIT_START = Pattern.compile("^(?:\\*+)?(?:cac|nhung|toan bo|tat ca|phong|ban|"
            + "van phong|cong an|uy ban|ubnd|hdnd|hoi|doan|dang uy|dang doan|dang bo|chi bo|to dan pho|trung tam|"
            + "so|bao|dai|mat tran|mttq|lien doan|thanh doan|quan uy|huyen uy|thanh uy|tinh uy|truong|tram|"
            + "benh vien|chi cuc|cuc|bo|vien|hop tac xa|cong ty|khu dan cu|thon|lien doi|hoi dong|thuong truc|"
            + "tt|ban chi huy|ban chi dao|quan su|vien kiem sat|toa an)\\b");

    /** A head cut from a longer text must name its unit nearly in full (place words aside), not share one word. */
    private static final int CLOSE = 2;

    private final UnitMatcher matcher;

    UnitPhrases(UnitMatcher matcher) {
        this.matcher = matcher;
    }

    UnitMatcher matcher() {
        return matcher;
    }

    static boolean startsWithUnit(String text) {
        return UNIT_START.matcher(Folding.fold(text).strip()).find();
    }

    /** The run of unit names that starts at {@code start} of the text. */
    Run readRun(String text, int start, String scope) {
        String folded = Folding.fold(text);
        int end = runEnd(folded, start);
        String source = text.substring(start, end).strip();
        return new Run(source, names(text.substring(start, end), scope), end);
    }

    private static int runEnd(String folded, int start) {
        int end = folded.length();
        Matcher stop = STOP.matcher(folded);
        if (stop.find(start)) {
            end = stop.start();
        }
        Matcher verb = VERB.matcher(folded);
        int from = start;
        while (verb.find(from) && verb.start() < end) {
            if (verb.start() > start && !NAME_HEAD.matcher(folded.substring(start, verb.start())).find()) {
                return Math.min(end, verb.start());
            }
            from = verb.end();
        }
        return end;
    }

    private List<Named> names(String run, String scope) {
        List<String> pieces = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(Folding.fold(run));
        int from = 0;
        List<int[]> bounds = new ArrayList<>();
        while (separator.find()) {
            bounds.add(new int[] {from, separator.start()});
            from = separator.end();
        }
        bounds.add(new int[] {from, run.length()});
        bounds.forEach(bound -> pieces.add(run.substring(bound[0], bound[1])));
        List<Named> names = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            i = nextName(run, bounds, i, scope, names);
        }
        return names;
    }

    /**
     * The longest run of pieces from {@code i} that names one unit, or a class with what follows it.
     * The last piece may carry the start of the predicate when its verb is not a known one
     * ("... phối hợp với Thành đoàn tuyên truyền"): its longest head that names a unit is taken,
     * and the run ends there.
     */
    private int nextName(String run, List<int[]> bounds, int i, String scope, List<Named> names) {
        int lastPiece = bounds.size() - 1;
        for (int last = Math.min(lastPiece, i + 2); last >= i; last--) {
            String joined = clean(run.substring(bounds.get(i)[0], bounds.get(last)[1]));
            UnitMatcher.UnitMatch match = matcher.match(joined, scope);
            if (match.matched() && !match.group() && last > i) {
                names.add(new Named(joined, match));
                return last + 1;
            }
            if (last == lastPiece && !match.matched()) {
                UnitMatcher.UnitMatch prefix = last == i ? UnitMatcher.UnitMatch.none(null)
                        : matcher.match(clean(run.substring(bounds.get(i)[0], bounds.get(last - 1)[1])), scope);
                int before = last == i ? 0 : run.substring(bounds.get(i)[0], bounds.get(last - 1)[1]).strip().length();
                Named head = longestHead(joined, before, scope);
                if (head != null && (!prefix.matched() || head.match().distance() < prefix.distance())) {
                    names.add(head);
                    return bounds.size();
                }
            }
        }
        String piece = clean(run.substring(bounds.get(i)[0], bounds.get(i)[1]));
        if (piece.isEmpty()) {
            return i + 1;
        }
        int last = i;
        if (Folding.fold(piece).startsWith("cac ")) {
            while (last + 1 < bounds.size() && absorbs(run, bounds.get(last + 1), scope)) {
                last++;
            }
        }
        String name = clean(run.substring(bounds.get(i)[0], bounds.get(last)[1]));
        names.add(new Named(name, matcher.match(name, scope)));
        return last + 1;
    }

    /** The longest head of the text, longer than {@code minLength}, that names a unit. */
    private Named longestHead(String text, int minLength, String scope) {
        String[] words = text.split("\\s+");
        for (int count = words.length - 1; count >= 1; count--) {
            String head = clean(String.join(" ", java.util.Arrays.copyOf(words, count)));
            if (head.length() <= minLength) {
                return null;
            }
            UnitMatcher.UnitMatch match = matcher.match(head, scope);
            if (match.matched() && !match.group() && match.distance() <= CLOSE) {
                return new Named(head, match);
            }
        }
        return null;
    }

    private boolean absorbs(String run, int[] bound, String scope) {
        String piece = clean(run.substring(bound[0], bound[1]));
        return !Folding.fold(piece).startsWith("cac ") && !matcher.match(piece, scope).matched();
    }

    private static String clean(String piece) {
        String folded = Folding.fold(piece);
        Matcher tail = PLACE_TAIL.matcher(folded);
        String kept = tail.find() ? piece.substring(0, tail.start()) : piece;
        return kept.replaceAll("^[\\s*,]+|[\\s*,]+$", "");
    }
}
