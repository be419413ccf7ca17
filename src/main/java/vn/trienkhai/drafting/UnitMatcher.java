package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.trienkhai.organisation.UnitKind;

/**
 * Finds the unit a plan means by a name: accents, case, word order and the usual abbreviations
 * do not matter, the place words ("phường", "thành phố") may be left out or added, and a class of
 * units ("các tổ dân phố", "các tổ chức chính trị - xã hội") means every such unit under the
 * issuing unit. A name that fits no unit, or two units equally, matches nothing: the drafter picks.
 */
final class UnitMatcher {

    /** The units a name stands for; none when it matched nothing. */
    record UnitMatch(List<String> codes, boolean group, String note, int distance) {

        UnitMatch(List<String> codes, boolean group, String note) {
            this(codes, group, note, 0);
        }

        static UnitMatch none(String note) {
            return new UnitMatch(List.of(), false, note);
        }

        boolean matched() {
            return !codes.isEmpty();
        }
    }

    private record UnitClass(Pattern words, boolean directOnly, Predicate<UnitDirectory.Unit> member) {
    }

    private static final Set<String> PLACE_WORDS = Set.of("phuong", "xa", "thanhpho", "thitran", "thixa", "tinh",
            "quan", "huyen");
    /** Words every kind of unit has: a name made of these alone ("ban", "huyện ủy") names no one unit. */
    private static final Set<String> GENERIC = Set.of("uy", "ban", "phong", "hoi", "doan", "so", "nganh", "to", "chuc",
            "co", "quan", "don", "vi", "cap", "dang", "chi", "bo", "trung", "tam", "van");
    private static final Set<String> FILLER = Set.of("so", "cua", "va", "voi", "cac", "truc", "thuoc");
    private static final Pattern PLURAL = Pattern.compile("^(cac|nhung|toan bo|tat ca|moi)\\s+(cac\\s+)?");
    private static final Pattern SPEAKS_FOR = Pattern.compile("^(ban thuong vu|thuong truc|ban chap hanh|tt)\\s+");
    private static final Pattern UNDER = Pattern.compile("\\btruc thuoc\\b");

    private final UnitDirectory units;
    private final List<UnitClass> classes;

    UnitMatcher(UnitDirectory units) {
        this.units = units;
        this.classes = List.of(
                new UnitClass(Pattern.compile("\\bto dan pho\\b|\\bkhu dan cu\\b"), false,
                        unit -> unit.kind() == UnitKind.RESIDENTIAL_GROUP),
                new UnitClass(Pattern.compile("\\bchi bo\\b"), false, unit -> folded(unit).startsWith("chi bo")),
                new UnitClass(Pattern.compile("\\b(quan uy|huyen uy|thi uy|dang uy|dang bo)\\b"), false,
                        unit -> folded(unit).matches("^(dang uy|quan uy|huyen uy|thi uy|dang bo)\\b.*")),
                new UnitClass(Pattern.compile("chinh tri\\W+xa hoi|\\bdoan the\\b|\\bhoi doan the\\b"), false,
                        unit -> unit.kind() == UnitKind.MASS_ORGANISATION && !folded(unit).contains("mat tran")),
                new UnitClass(Pattern.compile("\\b(co quan )?bao chi\\b|\\btruyen thong\\b"), false,
                        unit -> unit.kind() == UnitKind.MEDIA),
                new UnitClass(Pattern.compile("^(phong|phong ban|phong, ban|co quan chuyen mon)$"), true,
                        unit -> unit.kind() == UnitKind.DEPARTMENT),
                new UnitClass(Pattern.compile("\\b(don vi|co quan)\\b"), true, unit -> true));
    }

    /** @param scope the issuing unit's code, or null before it is known */
    UnitMatch match(String name, String scope) {
        String folded = Folding.fold(name).replaceAll("[“”\"*]", "").trim();
        var plural = PLURAL.matcher(folded);
        if (plural.find()) {
            return matchClass(folded.substring(plural.end()), scope, name);
        }
        UnitMatch single = matchName(folded, scope);
        var speaksFor = SPEAKS_FOR.matcher(folded);
        if (!single.matched() && speaksFor.find()) {
            return matchName(folded.substring(speaksFor.end()), scope);
        }
        return single;
    }

    private UnitMatch matchClass(String folded, String scope, String name) {
        String within = scope;
        var under = UNDER.matcher(folded);
        String kinds = folded;
        if (under.find()) {
            kinds = folded.substring(0, under.start());
            UnitMatch parent = matchName(folded.substring(under.end()), scope);
            within = parent.codes().size() == 1 ? parent.codes().get(0) : scope;
        }
        if (within == null) {
            return UnitMatch.none("chưa biết đơn vị ban hành để hiểu \"" + name + "\"");
        }
        for (UnitClass unitClass : classes) {
            if (unitClass.words().matcher(kinds.trim()).find()) {
                List<String> codes = (unitClass.directOnly() ? units.children(within) : units.descendants(within)).stream()
                        .filter(unitClass.member()).map(UnitDirectory.Unit::code).toList();
                return codes.isEmpty() ? UnitMatch.none("không có đơn vị nào như vậy trong cây tổ chức")
                        : new UnitMatch(codes, true, null);
            }
        }
        UnitMatch single = matchName(folded, scope);
        return single.matched() ? single : UnitMatch.none("không rõ nhóm đơn vị \"" + name + "\"");
    }

    private UnitMatch matchName(String folded, String scope) {
        List<String> query = tokens(folded);
        List<String> core = query.stream().filter(word -> !PLACE_WORDS.contains(word)).toList();
        if (core.stream().allMatch(GENERIC::contains)) {
            return UnitMatch.none("không phải tên đơn vị");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (UnitDirectory.Unit unit : units.all()) {
            List<String> words = tokens(folded(unit));
            if (words.containsAll(core)) {
                Set<String> extra = new HashSet<>(words);
                query.forEach(extra::remove);
                long missingPlaces = query.stream().filter(word -> !words.contains(word)).count();
                boolean outside = scope != null && !units.isWithin(unit.code(), scope);
                boolean otherHead = !words.get(0).equals(query.get(0));
                candidates.add(new Candidate(unit.code(), extra.size() + 2 * (int) missingPlaces, outside, otherHead));
            }
        }
        candidates.sort(Candidate.ORDER);
        if (candidates.isEmpty()) {
            return UnitMatch.none("không khớp đơn vị nào trong cây tổ chức");
        }
        if (candidates.size() > 1 && Candidate.ORDER.compare(candidates.get(0), candidates.get(1)) == 0) {
            return UnitMatch.none("khớp nhiều đơn vị như nhau: " + candidates.get(0).code() + ", "
                    + candidates.get(1).code());
        }
        return new UnitMatch(List.of(candidates.get(0).code()), false, null, candidates.get(0).distance());
    }

    private record Candidate(String code, int distance, boolean outside, boolean otherHead) {
        static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::distance)
                .thenComparing(Candidate::outside).thenComparing(Candidate::otherHead);
    }

    private static String folded(UnitDirectory.Unit unit) {
        return Folding.fold(unit.name());
    }

    /** Words of a name; "thành phố", "thị trấn", "xã hội" kept as one word so that their halves do not match alone. */
    static List<String> tokens(String text) {
        String joined = String.join(" ", Folding.words(text))
                .replace("thanh pho", "thanhpho").replace("thi tran", "thitran").replace("thi xa", "thixa")
                .replace("xa hoi", "xahoi");
        List<String> words = new ArrayList<>();
        for (String word : joined.split(" ")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
