import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RulePackLoader;

/** Prints how many rules ReaderFirst loads from its built-in packs: java -cp target/readerfirst.jar src/bench/peers/ReaderFirstRules.java */
public class ReaderFirstRules {
    public static void main(String[] args) {
        System.out.println(new RulePackLoader(Lemmatizers.stemmers()).loadBuiltInAnd(null).rules().size());
    }
}
