"""A draft entry for the Algoritmeregister (Publicatiestandaard 1.0) from one assessment: the model
(`model`), building it from the answers and intake (`build`), and writing it as JSON, Markdown or
HTML (`render`). Pure: no faces, nothing sent anywhere."""
