"""Content: the questions and roles files read, validated and cached (`load`, `yamlsafe`,
`cache`) into frozen objects (`models`); answers files (`answers`), saved results
(`results`) and role cards (`cards`)."""
