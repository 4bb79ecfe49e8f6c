"""The words of `--help` in French: help_en.py's keys, in the same order (see there).

Students are addressed with "tu" (quiz, results, roles, show, compare), counselors with
"vous" (validate, report, workshop); a text both read says neither. The values options
take are named as the French messages name them: FICHIER, DOSSIER, NOM, TITRE, MÉTIER.
"""

HELP = {
    "rolequiz":
        "Quel métier de la data, de l’IA ou de l’ingénierie te correspond\u00a0? Un quiz, "
        "des fiches métiers et des comparaisons.",
    "rolequiz --version": "Afficher la version.",
    # options shared by several commands (cli/options.py)
    "--questions": "Fichier des questions (par défaut\u00a0: les questions intégrées).",
    "--roles": "Fichier des métiers (par défaut\u00a0: les métiers intégrés).",
    "--lang": "Langue (par défaut\u00a0: ROLEQUIZ_LANG, puis la langue du système, puis en).",
    "--format": "Format de sortie.",
    "--output": "Écrire dans FICHIER plutôt que dans le terminal (jamais à moitié écrit).",
    # quiz
    "quiz": "Faire le quiz et voir quels métiers te correspondent le mieux.",
    "quiz --answers":
        "Prendre les réponses dans ce fichier (YAML ou JSON) au lieu de te les demander.",
    "quiz --resume": "Reprendre le quiz inachevé là où tu l’as laissé.",
    "quiz --state-dir":
        "Dossier où ta progression est enregistrée (par défaut\u00a0: ROLEQUIZ_STATE_DIR, "
        "sinon ton dossier de données utilisateur).",
    "quiz --save":
        "Écrire aussi le résultat en JSON dans FICHIER (pour le revoir\u00a0: `rolequiz "
        "results FICHIER`).",
    "quiz --line-mode":
        "Taper chaque réponse puis Entrée, au lieu d’une seule touche (ou "
        "ROLEQUIZ_LINE_MODE=1).",
    "quiz --workshop":
        "Enregistrer le résultat dans ce dossier de groupe (créé avec rolequiz workshop "
        "init).",
    "quiz --name": "Ton nom ou un pseudonyme dans l’atelier (par défaut\u00a0: un code).",
    "quiz --adaptive":
        "Poser à chaque fois la question la plus parlante et s’arrêter dès que les métiers "
        "qui te correspondent le mieux se détachent (avec --answers\u00a0: le dérouler en "
        "prenant chaque réponse dans le fichier).",
    # validate
    "validate":
        "Vérifier les fichiers des questions et des métiers\u00a0; lister chaque problème "
        "(code de sortie 2 en cas de problème).",
    "validate (short)": "Vérifier les fichiers des questions et des métiers.",
    "validate --simulate":
        "Mesurer aussi à quel point les questions distinguent les métiers, avec des "
        "répondants simulés (code de sortie 1 si un objectif est manqué).",
    "validate --respondents":
        "Nombre de répondants bruités par métier (par défaut 2\u00a0000, moins si le "
        "contenu compte beaucoup de métiers).",
    "validate --undecided":
        "Nombre de répondants au hasard, et autant de répondants mitigés (par défaut "
        "1\u00a0000, moins si le contenu compte beaucoup de métiers).",
    "validate --realistic":
        "Nombre de répondants réalistes par métier (par défaut 500, moins si le contenu "
        "compte beaucoup de métiers).",
    "validate --interest-spread":
        "À quel point les intérêts d’un répondant réaliste s’écartent des besoins du métier "
        "(écart, de 0 à 1).",
    "validate --answer-noise":
        "À quel point les réponses d’un répondant réaliste s’écartent de ses intérêts "
        "(écart, en crans de l’échelle).",
    "validate --seed": "Graine aléatoire de la simulation.",
    "validate --results":
        "Un dossier d’atelier (ou tout dossier de fichiers de résultats)\u00a0: la "
        "corrélation de chaque question avec sa dimension, et l’alpha de Cronbach de chaque "
        "dimension (code de sortie 1 si l’un d’eux est sous son objectif).",
    # roles, show, compare (cli/explore.py)
    "roles": "Lister les métiers (et tes scores, avec --results).",
    "--results":
        "Un résultat de quiz enregistré (rolequiz quiz --save FICHIER)\u00a0: afficher tes "
        "scores.",
    "show":
        "Afficher la fiche d’un métier\u00a0: l’essentiel, ce que tu y fais, compétences, "
        "outils, sources. Avec --sources, les mots mêmes des articles sous chaque "
        "ligne\u00a0; --advice et --glossary affichent ces pages à la place.",
    "show (short)": "Afficher la fiche d’un métier, chaque fait avec sa source.",
    "show ROLE": "L’identifiant d’un métier (rolequiz roles).",
    "show --sources": "Afficher les mots mêmes de l’article sous chaque ligne.",
    "show --advice": "Afficher les conseils des articles pour choisir, au lieu d’une fiche.",
    "show --glossary": "Afficher le glossaire des termes des fiches, au lieu d’une fiche.",
    "compare":
        "Comparer 2 à 4 métiers côte à côte (ou, avec --top N, les N qui te correspondent "
        "le mieux).",
    "compare (short)": "Comparer 2 à 4 métiers côte à côte.",
    "compare ROLE...": "2 à 4 identifiants de métiers (rolequiz roles).",
    "compare --top":
        "Comparer les N métiers qui te correspondent le mieux d’après --results (2 à 4).",
    # results
    "results":
        "Revoir un résultat enregistré\u00a0: classement, intérêts, raisons, et tes "
        "meilleurs métiers comparés.",
    "results (short)": "Revoir un résultat enregistré (par défaut\u00a0: ton dernier quiz).",
    "results FILE":
        "Un résultat enregistré avec `quiz --save` (par défaut\u00a0: ton dernier quiz "
        "terminé).",
    "results --state-dir": "Dossier où ton dernier résultat est enregistré.",
    "results --save": "Écrire aussi le résultat en JSON dans FICHIER.",
    # report (cli/workshop.py)
    "report":
        "Le bilan d’un groupe\u00a0: métiers en tête, intérêts moyens, les trois premiers "
        "métiers de chaque élève.",
    "report (short)": "Le bilan d’un groupe\u00a0: métiers en tête et intérêts moyens.",
    "report DIR...": "Les dossiers d’atelier (ou les fichiers de résultats) du bilan.",
    "report --output": "Écrire dans FICHIER plutôt que dans le terminal.",
    "report --anonymize": "Masquer les noms (afficher des codes) et les noms de fichiers.",
    "report --watch":
        "Vue en direct, mise à jour à l’arrivée des résultats (Ctrl-C pour arrêter).",
    "report --content":
        "Seulement les résultats faits avec ce contenu (son identifiant figure dans le "
        "bilan).",
    "report --key": "La clé d’un atelier scellé, exportée avec `workshop key export`.",
    "report --passphrase-file":
        "La phrase secrète de --key, sur la première ligne de FICHIER (pour les scripts).",
    "report --only-clear":
        "Laisser hors des chiffres du groupe les résultats sans préférence nette.",
    "report --handouts": "Une page HTML imprimable par élève, au lieu du bilan.",
    "report --force": "Écrire --output même dans un dossier que lit le bilan.",
    # workshop
    "workshop": "Préparer un dossier où sont rassemblés les résultats d’un groupe.",
    "workshop (short)": "Préparer un dossier qui rassemble les résultats d’un groupe.",
    "workshop DIR": "Le dossier de l’atelier.",
    "workshop --passphrase-file":
        "Lire la phrase secrète sur la première ligne de FICHIER (pour les scripts)\u00a0; "
        "sinon, elle vous est demandée dans le terminal.",
    "workshop init":
        "Préparer DOSSIER pour un groupe\u00a0: chaque élève répond aux mêmes questions, "
        "celles de la copie du dossier. Les résultats sont scellés\u00a0: seule la clé de cet "
        "ordinateur (ou son export) les ouvre.",
    "workshop init (short)": "Préparer DOSSIER pour un groupe, avec sa propre copie du contenu.",
    "workshop init DIR": "Le dossier du groupe.",
    "workshop init --title": "Affiché sur le bilan du groupe.",
    "workshop init --open":
        "Garder les résultats dans des fichiers en clair, lisibles par quiconque a le dossier "
        "(non scellés).",
    "workshop init --force": "Préparer DOSSIER même s’il contient déjà des résultats.",
    "workshop submit":
        "Envoyer les résultats que cet ordinateur a gardés pour l’atelier DOSSIER, quand "
        "celui-ci était inaccessible à la fin d’un quiz.",
    "workshop submit (short)": "Envoyer à DOSSIER les résultats gardés sur cet ordinateur.",
    "workshop submit --state-dir": "Dossier où les résultats ont été gardés.",
    "workshop close":
        "Clore un atelier\u00a0: écrire le bilan dans les fichiers demandés, puis supprimer de "
        "DOSSIER le résultat et le quiz en cours de chaque élève, en listant les fichiers "
        "supprimés.",
    "workshop close (short)":
        "Écrire le bilan final, puis supprimer les résultats de DOSSIER.",
    "workshop close --output":
        "Écrire d’abord le bilan dans FICHIER (.html, .csv, .md, .json, .txt)\u00a0; à "
        "répéter pour plusieurs fichiers.",
    "workshop close --anonymize": "Mettre des codes au lieu des noms dans le bilan.",
    "workshop close --yes": "Supprimer sans demander confirmation.",
    "workshop close --key": "La clé exportée de l’atelier.",
    "workshop clean":
        "Remettre en place les résultats complets que des enregistrements coupés ont laissés "
        "dans des fichiers temporaires\u00a0; supprimer les résultats vides et les autres "
        "fichiers temporaires vieux d’une minute ou plus.",
    "workshop clean (short)":
        "Récupérer ou supprimer ce que des enregistrements coupés ont laissé dans DOSSIER.",
    "workshop key":
        "Transférer la clé d’un atelier scellé vers un autre ordinateur, verrouillée par une "
        "phrase secrète.",
    "workshop key (short)": "Exporter ou importer la clé qui ouvre les résultats d’un atelier.",
    "workshop key export":
        "Écrire dans FICHIER la clé qui ouvre les résultats de DOSSIER, verrouillée par une "
        "phrase secrète, pour les lire sur un autre ordinateur (`rolequiz report DOSSIER "
        "--key FICHIER`).",
    "workshop key export (short)":
        "Écrire la clé de DOSSIER dans FICHIER, verrouillée par une phrase secrète.",
    "workshop key export --output":
        "Le fichier à écrire (gardez-le hors du dossier partagé).",
    "workshop key import":
        "Ouvrir une clé exportée avec sa phrase secrète et la garder sur cet "
        "ordinateur\u00a0: les bilans de son atelier se passent alors de --key.",
    "workshop key import (short)": "Garder sur cet ordinateur la clé contenue dans FICHIER.",
    "workshop key import FILE": "Une clé écrite par `workshop key export`.",
    # the names of the values options and arguments take (metavars), and of the usage line
    "metavar FILE": "FICHIER",
    "metavar DIR": "DOSSIER",
    "metavar NAME": "NOM",
    "metavar TITLE": "TITRE",
    "metavar ROLE": "MÉTIER",
    "metavar SPREAD": "ÉCART",
    "metavar STEPS": "CRANS",
    "metavar COMMAND": "COMMANDE [ARGUMENTS]...",
    # typer's own words
    "click usage": "Utilisation\u00a0: ",
    "click options": "Options",
    "click arguments": "Arguments",
    "click commands": "Commandes",
    "click help": "Afficher cette aide et quitter.",
    "click default": "par défaut\u00a0: {value}",
    "click required": "obligatoire",
    "click range": "de {low} à {high}",
    "click try": "Aide\u00a0: {command}",
    "click error": "Erreur\u00a0: {message}",
    "click missing option": "Il manque l’option {name}.",
    "click missing argument": "Il manque l’argument {name}.",
    "click invalid value": "Valeur invalide pour {name}. {message}",
    "click no such option": "Option «\u00a0{name}\u00a0» inconnue",
    "click possible options": "{message} (options possibles\u00a0: {names})",
    "click no such command": "Commande {name} inconnue.",
    "click did you mean": "Commande {name} inconnue. Peut-être {names}\u00a0?",
    "click extra arguments": "Argument en trop sur la ligne de commande («\u00a0{values}\u00a0»).",
    "click needs a value": "L’option {name} demande une valeur.",
    "click takes no value": "L’option {name} ne prend pas de valeur.",
    "click not a choice": "{value} n’est pas une valeur possible ({names}).",
    "click not an integer": "{value} n’est pas un nombre entier.",
    "click not a number": "{value} n’est pas un nombre.",
    "click out of range": "{value} n’est pas compris entre {low} et {high}.",
}
