package org.qitdb.coordination.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A coordination question with the answers SDOs sent. */
@Entity
@Table(name = "coordination_question")
public class QuestionEntity extends RegisterRecord {

    @Column(name = "question_number", nullable = false)
    public int number;

    @Column(name = "question_text", nullable = false)
    public String text;

    /** The code of the meeting that raised it. */
    @Column(name = "raised_at")
    public String raisedAt;

    @Column(nullable = false)
    public String status;

    @Convert(converter = AnswerListConverter.class)
    @Column(nullable = false)
    public List<StoredAnswer> answers = new ArrayList<>();

    @Override
    public String label() {
        return "Q" + number;
    }
}
