package vn.cchc.shared.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value that breaks a rule of {@link StrictJson}; carries the rule for the problem's violation. */
public class TextRuleException extends JsonMappingException {

    private final String rule;
    private final String userMessage;

    public TextRuleException(JsonParser parser, String rule, String userMessage) {
        super(parser, userMessage);
        this.rule = rule;
        this.userMessage = userMessage;
    }

    public String rule() {
        return rule;
    }

    public String userMessage() {
        return userMessage;
    }
}
