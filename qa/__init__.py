"""article-qa: question answering over articles with cited passages."""
