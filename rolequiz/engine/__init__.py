"""The engine, pure functions over content and answers: scoring (`scoring`), the adaptive
choice of the next question (`adaptive`) and simulated respondents (`simulate`)."""
