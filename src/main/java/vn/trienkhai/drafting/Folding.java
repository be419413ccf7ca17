package vn.trienkhai.drafting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Vietnamese text without accents and case, so that "Thành uỷ", "THÀNH ỦY" and "thanh uy" read
 * alike. {@link #fold} keeps one character per character of the NFC text, so a position found in
 * the folded text is the same position in the original.
 */
final class Folding {

    /** Abbreviations that plans write for the words of unit names. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("mttqvn", "mat tran to quoc viet nam"),
            Map.entry("tp", "thanh pho"),
            Map.entry("kt", "kinh te"),
            Map.entry("ht", "ha tang"),
            Map.entry("vh", "van hoa"),
            Map.entry("xh", "xa hoi"),
            Map.entry("tdp", "to dan pho"),
            Map.entry("ca", "cong an"),
            Map.entry("lhpn", "lien hiep phu nu"),
            Map.entry("ccb", "cuu chien binh"),
            Map.entry("tncs", "thanh nien cong san"),
            Map.entry("tn", "thanh nien"),
            Map.entry("btv", "ban thuong vu"),
            Map.entry("tw", "trung uong"),
            Map.entry("bch", "ban chap hanh"),
            Map.entry("vp", "van phong"));

    private Folding() {
    }

    static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            folded.append(foldChar(nfc.charAt(i)));
        }
        return folded.toString();
    }

    private static char foldChar(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(base.charAt(0));
    }

    /** The words of a unit name, folded, abbreviations spelled out, punctuation dropped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : fold(text).replaceAll("[^a-z0-9]+", " ").trim().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String expanded = ABBREVIATIONS.get(word);
            words.addAll(Arrays.asList(expanded == null ? new String[] {word} : expanded.split(" ")));
        }
        return words;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
