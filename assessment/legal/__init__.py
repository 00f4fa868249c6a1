"""Legal vocabulary shared by the questionnaire, the classifier and the steps."""
