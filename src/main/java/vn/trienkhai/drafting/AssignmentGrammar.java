package vn.trienkhai.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does a task, as Vietnamese plans say it: "Giao X chủ trì, phối hợp (với) Y ...",
 * "X chủ trì, phối hợp với Y ...", "X ... ; chủ trì ...", "Đơn vị chủ trì: X; đơn vị phối hợp: Y",
 * "X và Y <verb> ..." (X leads, Y works with it), "Các <kind of unit> <verb> ..." (every such unit
 * takes part, none leads), and "Các <units> xây dựng kế hoạch ..." (an order to every unit to make
 * its own plan, not a task).
 */
final class AssignmentGrammar {

    /** What a text says about who does the work; {@code lead} is null when it names no single leader. */
    record Assignment(UnitPhrases.Named lead, List<UnitPhrases.Named> coordinating, List<UnitPhrases.Named> unmatched,
                      boolean ownPlanOrder, boolean reportOrder) {
    }

    private static final Pattern OPENING = Pattern.compile(
            "^(?:\\*+)?(?:(?:can cu|tren co so|de)\\b[^,;]*,\\s*)?(?:(?:giao|de nghi|yeu cau|phan cong|chi dao)\\s+)?");
    private static final Pattern GIVEN = Pattern.compile(
            "(?<!tuyen )\\b(?:giao|de nghi|yeu cau|phan cong|giao cho)\\s+(?=\\S)");
    private static final Pattern LEAD_LABEL = Pattern.compile("\\b(?:don vi|co quan) (?:chu tri|thuc hien)\\s*:\\s*");
    private static final Pattern WITH_LABEL = Pattern.compile("\\b(?:don vi|co quan) phoi hop\\s*:\\s*");
    private static final Pattern WITH = Pattern.compile("\\s*\\bphoi hop(?: chat che)?(?: voi)?\\s+");
    private static final Pattern LEADS = Pattern.compile("^[\\s,]*(?:la co quan |la don vi |lam )?(?:thuong truc,?\\s*)?chu tri\\b");
    private static final Pattern REPORT = Pattern.compile("^\\s*(?:dinh ky\\s+|kip thoi\\s+|thuong xuyen\\s+)?bao cao\\b");
    private static final Pattern OWN_PLAN = Pattern.compile(
            "^\\s*(?:chu dong\\s+|khan truong\\s+|can cu[^,]*,\\s*)?(?:xay dung|ban hanh)\\s+(?:cac\\s+)?(?:chuong trinh|ke hoach)");

    private final UnitPhrases phrases;

    AssignmentGrammar(UnitPhrases phrases) {
        this.phrases = phrases;
    }

    Assignment read(String text, String scope) {
        String folded = Folding.fold(text);
        List<UnitPhrases.Named> leads = new ArrayList<>();
        List<UnitPhrases.Named> coordinating = new ArrayList<>();
        List<UnitPhrases.Named> unmatched = new ArrayList<>();
        boolean ownPlan = false;
        boolean reportOrder = false;
        Matcher label = LEAD_LABEL.matcher(folded);
        if (label.find()) {
            split(phrases.readRun(text, label.end(), scope), leads, coordinating, unmatched, false);
        } else {
            Matcher given = GIVEN.matcher(folded);
            int start = given.find() && startsWithUnit(text, given.end()) ? given.end() : opening(folded);
            if (startsWithUnit(text, start)) {
                UnitPhrases.Run run = phrases.readRun(text, start, scope);
                boolean leading = LEADS.matcher(folded.substring(run.end())).find();
                ownPlan = run.collectiveFirst() && OWN_PLAN.matcher(folded.substring(run.end())).find();
                reportOrder = run.collectiveFirst() && REPORT.matcher(folded.substring(run.end())).find();
                boolean onlyWith = onlyHelps(text, folded, run.end());
                split(run, leads, coordinating, unmatched, onlyWith || !leading && run.collectiveFirst());
            }
        }
        readAll(text, folded, WITH_LABEL, scope, coordinating, unmatched);
        readAll(text, folded, WITH, scope, coordinating, unmatched);
        UnitPhrases.Named lead = leads.isEmpty() ? null : leads.get(0);
        return new Assignment(lead, withoutLead(coordinating, lead), unmatched, ownPlan, reportOrder);
    }

    /** "X phối hợp thực hiện": X helps; "X phối hợp với Y thực hiện": X does it, with Y. */
    private static boolean onlyHelps(String text, String folded, int afterRun) {
        Matcher with = WITH.matcher(folded).region(afterRun, folded.length());
        return with.lookingAt() ? !startsWithUnit(text, with.end())
                : folded.substring(afterRun).matches("(?s)^\\s*phoi hop\\b.*");
    }

    private static int opening(String folded) {
        Matcher opening = OPENING.matcher(folded);
        return opening.find() ? opening.end() : 0;
    }

    private static boolean startsWithUnit(String text, int start) {
        return start < text.length() && UnitPhrases.startsWithUnit(text.substring(start));
    }

    /** The first name leads unless it is a class of units ("các tổ dân phố"): then every unit only takes part. */
    private static void split(UnitPhrases.Run run, List<UnitPhrases.Named> leads, List<UnitPhrases.Named> coordinating,
                              List<UnitPhrases.Named> unmatched, boolean collective) {
        for (UnitPhrases.Named named : run.names()) {
            if (!named.match().matched()) {
                unmatched.add(named);
            } else if (leads.isEmpty() && !collective && !named.match().group()) {
                leads.add(named);
            } else {
                coordinating.add(named);
            }
        }
    }

    private void readAll(String text, String folded, Pattern pattern, String scope, List<UnitPhrases.Named> into,
                         List<UnitPhrases.Named> unmatched) {
        Matcher matcher = pattern.matcher(folded);
        while (matcher.find()) {
            if (startsWithUnit(text, matcher.end())) {
                for (UnitPhrases.Named named : phrases.readRun(text, matcher.end(), scope).names()) {
                    (named.match().matched() ? into : unmatched).add(named);
                }
            }
        }
    }

    private static List<UnitPhrases.Named> withoutLead(List<UnitPhrases.Named> coordinating, UnitPhrases.Named lead) {
        List<UnitPhrases.Named> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (lead != null) {
            seen.addAll(lead.match().codes());
        }
        for (UnitPhrases.Named named : coordinating) {
            List<String> fresh = named.match().codes().stream().filter(code -> !seen.contains(code)).toList();
            if (!fresh.isEmpty()) {
                seen.addAll(fresh);
                kept.add(new UnitPhrases.Named(named.source(),
                        new UnitMatcher.UnitMatch(fresh, named.match().group(), null)));
            }
        }
        return kept;
    }
}
