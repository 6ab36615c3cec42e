package fr.parole.study;

/**
 * What a study holds for one questionnaire: its response files, respondents, answered items
 * (a multiple choice counts once) and, among them, open answers.
 */
public record QuestionnaireCount(String name, String title, int sources, int respondents, int answers,
    int openAnswers) {}
