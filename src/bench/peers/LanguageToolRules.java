import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/** Prints how many rules LanguageTool's command line has active for American English. */
public class LanguageToolRules {
    public static void main(String[] args) {
        System.out.println(new JLanguageTool(Languages.getLanguageForShortCode("en-US")).getAllActiveRules().size());
    }
}
