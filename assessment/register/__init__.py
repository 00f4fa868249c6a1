"""A draft entry for the Algoritmeregister (Publicatiestandaard 1.0) from one assessment: the model
with the register's own keys (`model`, its JSON Schema in `schema`), and building it from the answers
and intake (`build`). Pure: no faces, nothing sent anywhere. Laid out as Markdown or HTML by
`assessment.report.register_draft`."""
