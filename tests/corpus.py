"""Ideas of many shapes, in every language the offline writer speaks, with the concepts
each page must mention (lower-case substrings of the copy, outside the quoted idea).

The shapes: "X for Y that Z"; the problem first, then "We want ..." or "The idea is
..."; questions; bullet lists; rambling speech; brand analogies; imperatives; lower case;
no audience at all; B2B, consumer, marketplace, hardware, internal tools, education and
health. None of these is an example from the code or the phrasebooks: the writer has to
read them.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    lang: str
    text: str
    concepts: tuple[str, ...]


CORPUS: list[Case] = [
    # --- English -------------------------------------------------------------------------
    Case(
        "en",
        "A contract-renewal radar for mid-size SaaS procurement teams: it reads every vendor "
        "contract, flags auto-renewal dates 90 days ahead and drafts the cancellation email.",
        ("contract", "procurement", "renewal"),
    ),
    Case(
        "en",
        "So I've been thinking about this for a while, basically the problem is that my "
        "climbing gym posts route setting on Instagram and nobody sees it, so like, what if "
        "there was a shared calendar where gyms post new routes and climbers get a ping?",
        ("calendar", "route", "climb"),
    ),
    Case("en", "Uber for dog walking", ("dog",)),
    Case(
        "en",
        "A smart water sensor that sits on your home's water main, spots leaks within "
        "seconds and lets you shut the valve from your phone.",
        ("leak", "valve", "water"),
    ),
    Case(
        "en",
        "Warehouse shift leads waste the first hour of every shift building the pick list "
        "by hand. We want an internal tool that builds it overnight from yesterday's orders.",
        ("pick list", "shift", "order"),
    ),
    Case(
        "en",
        "What if parents could swap outgrown kids' clothes with other families in their "
        "neighbourhood?",
        ("clothes", "famil"),
    ),
    Case(
        "en",
        "- track five-a-side football games\n- split the pitch fee between players\n"
        "- remind people who haven't paid",
        ("pitch", "fee", "player"),
    ),
    Case(
        "en",
        "Help nurses on night shifts plan healthy meals they can eat in ten minutes.",
        ("nurse", "meal"),
    ),
    Case(
        "en",
        "an app that helps freelancers send invoices and chase late payments",
        ("invoice", "payment", "freelancer"),
    ),
    Case(
        "en",
        "I want to build a platform where university students can rent out their textbooks "
        "to first-year students.",
        ("textbook", "student"),
    ),
    Case(
        "en",
        "A marketplace for local farmers to sell surplus vegetables directly to restaurants.",
        ("farmer", "restaurant", "vegetable"),
    ),
    Case(
        "en",
        "Small bakeries throw away a third of their bread every evening. The idea is an app "
        "that predicts tomorrow's demand from the weather and last month's sales, and "
        "suggests how much dough to prepare.",
        ("bakeries", "bread", "demand"),
    ),
    Case(
        "en",
        "Airbnb for camping gear: people rent tents, stoves and sleeping bags from "
        "neighbours instead of buying them for one trip.",
        ("camping", "tent"),
    ),
    Case(
        "en",
        "A flashcard app for medical students that turns lecture slides into spaced "
        "repetition decks.",
        ("flashcard", "medical students", "lecture"),
    ),
    Case(
        "en",
        "A medication reminder for elderly parents that texts their adult children when a "
        "dose is missed.",
        ("medication", "dose"),
    ),
    Case(
        "en",
        "Build a Slack bot that summarises long threads for engineering managers.",
        ("slack", "thread"),
    ),
    Case(
        "en",
        "We keep losing track of which laptops are on loan at our office. An internal "
        "checkout tool for the IT desk that logs who has which laptop and emails them "
        "when it's overdue.",
        ("laptop", "loan"),
    ),
    Case(
        "en",
        "A GPS collar for cats that maps where they roam at night.",
        ("collar", "cat"),
    ),
    Case(
        "en",
        "Language exchange for retirees. Match people who want to practise Spanish with "
        "native speakers who want to practise English, over short video calls.",
        ("language", "retiree", "spanish"),
    ),
    Case(
        "en",
        "A tablet app for food truck owners that flags failed hygiene checks before an inspection.",
        ("food truck", "hygiene", "inspection"),
    ),
    Case(
        "en",
        "Teachers spend Sunday evenings grading quizzes. An assistant that grades "
        "handwritten quizzes from a phone photo and shows which questions the class got "
        "wrong.",
        ("quiz", "teacher", "grad"),
    ),
    Case(
        "en",
        "home energy monitor clips onto the fuse box and tells you which appliance is "
        "eating your electricity bill",
        ("energy", "appliance", "electricity"),
    ),
    Case(
        "en",
        "A booking app for independent barbers: clients pick a slot, pay a deposit and get "
        "a reminder the day before, so no-shows stop costing barbers money.",
        ("barber", "deposit", "slot"),
    ),
    Case(
        "en",
        "How might we help first-time home buyers understand every fee in their mortgage offer?",
        ("mortgage", "fee", "home buyer"),
    ),
    Case(
        "en",
        "A CRM for wedding photographers that keeps every shot list, contract and invoice "
        "in one place, and reminds couples to send their timeline.",
        ("wedding", "photographer", "shot list"),
    ),
    Case(
        "en",
        "Our support team answers the same refund question fifty times a day. Internal "
        "dashboard that groups tickets by topic and suggests a saved reply.",
        ("ticket", "refund", "reply"),
    ),
    Case(
        "en",
        "A sleep coach for shift workers that builds a nap plan around tomorrow's rota.",
        ("sleep", "shift worker", "nap"),
    ),
    Case(
        "en",
        "Find a plumber on short notice",
        ("plumber",),
    ),
    Case(
        "en",
        "Duolingo for sign language, with a webcam that checks your hand shapes.",
        ("sign language", "hand"),
    ),
    Case(
        "en",
        "Coaches of youth football clubs never know who is coming to Saturday's game. An "
        "app where parents confirm attendance in one tap, and the coach sees the squad "
        "list by Friday night.",
        ("coach", "attendance", "squad"),
    ),
    # --- Spanish -------------------------------------------------------------------------
    Case(
        "es",
        "Una aplicación para dueños de perros que encuentra paseadores de confianza cerca de "
        "casa y envía fotos del paseo en tiempo real.",
        ("perro", "paseador", "foto"),
    ),
    Case(
        "es",
        "Las pequeñas librerías de barrio no pueden competir con las grandes plataformas. "
        "Queremos una plataforma que reúna su catálogo y permita reservar libros en la "
        "tienda más cercana.",
        ("librer", "libro"),
    ),
    Case(
        "es",
        "¿Y si los vecinos pudieran compartir herramientas en vez de comprar un taladro "
        "que usan una vez al año?",
        ("herramienta", "vecino"),
    ),
    Case(
        "es",
        "Un sensor para huertos urbanos que mide la humedad de la tierra y avisa al móvil "
        "cuando hay que regar.",
        ("sensor", "humedad", "regar"),
    ),
    Case(
        "es",
        "App para profesores de primaria que corrige dictados a partir de una foto del cuaderno.",
        ("dictado", "profesor"),
    ),
    Case(
        "es",
        "herramienta interna para el equipo de almacén que organiza los turnos de la semana "
        "y avisa de los cambios",
        ("turno", "almacén"),
    ),
    Case(
        "es",
        "Un marketplace para fisioterapeutas que ofrecen sesiones a domicilio",
        ("fisioterapeuta", "domicilio"),
    ),
    Case(
        "es",
        "Una app de salud para personas con diabetes que registra las comidas y sugiere la "
        "dosis de insulina.",
        ("diabetes", "comida", "insulina"),
    ),
    Case(
        "es",
        "Oye, pues estaba pensando… algo tipo una app para que los padres del equipo "
        "confirmen si van al partido, y el entrenador ve la convocatoria el viernes.",
        ("padre", "partido", "convocatoria"),
    ),
    Case(
        "es",
        "- registrar los partidos de fútbol 5\n- dividir el precio de la pista entre los "
        "jugadores\n- recordar a quien no ha pagado",
        ("partido", "pista", "jugador"),
    ),
    Case("es", "Uber para paseadores de perros", ("paseador", "perro")),
    Case(
        "es",
        "Encuentra un fontanero de confianza en menos de una hora.",
        ("fontanero",),
    ),
    Case(
        "es",
        "Las clínicas dentales pierden citas porque los pacientes se olvidan. La idea es un "
        "asistente que envía recordatorios por WhatsApp y reprograma las citas canceladas.",
        ("cita", "recordatorio", "whatsapp"),
    ),
    Case(
        "es",
        "Ayuda a los pequeños comercios a vender sus excedentes al final del día.",
        ("comercio", "excedente"),
    ),
    Case(
        "es",
        "un panel para autónomos que calcula el IVA trimestral y avisa antes de cada plazo",
        ("iva", "plazo", "autónomo"),
    ),
    # --- French --------------------------------------------------------------------------
    Case(
        "fr",
        "Une application pour les boulangeries qui prévoit la demande du lendemain et "
        "réduit le gaspillage de pain.",
        ("boulangerie", "pain", "gaspillage"),
    ),
    Case(
        "fr",
        "Les associations de quartier perdent un temps fou à gérer les adhésions sur des "
        "tableurs. L'idée est un outil qui encaisse les cotisations et envoie les rappels.",
        ("association", "cotisation", "rappel"),
    ),
    Case(
        "fr",
        "Et si les étudiants pouvaient échanger leurs manuels avec ceux de l'année suivante ?",
        ("manuel", "étudiant"),
    ),
    Case(
        "fr",
        "Un capteur pour les ruches qui mesure le poids et la température et prévient "
        "l'apiculteur en cas d'essaimage.",
        ("ruche", "capteur", "température"),
    ),
    Case(
        "fr",
        "Une plateforme qui met en relation des parents avec des baby-sitters vérifiés du "
        "quartier.",
        ("parent", "baby-sitter"),
    ),
    Case(
        "fr",
        "outil interne pour les infirmières de l'hôpital qui planifie les gardes de nuit",
        ("infirmi", "garde"),
    ),
    Case(
        "fr",
        "Un cours en ligne pour apprendre la comptabilité aux artisans, avec des exercices "
        "tirés de leurs vraies factures.",
        ("comptabilité", "artisan", "facture"),
    ),
    Case(
        "fr",
        "Bon, en gros, l'idée c'est une appli où les clubs de foot amateurs publient leurs "
        "matchs et les joueurs reçoivent une alerte quand il manque quelqu'un, tu vois ?",
        ("club", "match", "joueur"),
    ),
    Case(
        "fr",
        "- suivre les matchs de padel entre amis\n- partager le prix du terrain entre "
        "joueurs\n- relancer ceux qui n'ont pas payé",
        ("padel", "terrain", "payé"),
    ),
    Case("fr", "un Uber pour promeneurs de chiens", ("promeneurs de chiens",)),
    Case("fr", "le Airbnb du matériel de camping", ("matériel de camping",)),
    Case(
        "fr",
        "Aidez les patients diabétiques à suivre leur glycémie et à préparer leurs "
        "rendez-vous chez le médecin.",
        ("glycémie", "rendez-vous", "patients diabétiques"),
    ),
    Case(
        "fr",
        "Une plateforme pour les cabinets d'architectes qui centralise les plans, suit les "
        "validations des clients et envoie les factures.",
        ("plan", "validation", "architecte", "facture"),
    ),
    Case(
        "fr",
        "Les parents séparés se disputent sans arrêt sur le planning des enfants. Nous "
        "voulons une application qui permette aux parents de partager l'agenda des enfants "
        "et les dépenses.",
        ("agenda", "dépense", "parent"),
    ),
    Case(
        "fr",
        "Un pilulier connecté qui rappelle aux personnes âgées de prendre leurs médicaments "
        "et prévient leurs proches en cas d'oubli.",
        ("médicament", "proche", "pilulier"),
    ),
    Case(
        "fr",
        "Trouver un plombier disponible en moins d'une heure, sans passer dix coups de fil.",
        ("plombier",),
    ),
    Case(
        "fr",
        "Comment aider les lycéens à réviser le bac de philo sans s'ennuyer ?",
        ("lycéen", "bac de philo"),
    ),
    Case(
        "fr",
        "une appli pour réduire le gaspillage alimentaire à la maison",
        ("gaspillage alimentaire",),
    ),
    Case(
        "fr",
        "J'aimerais créer un outil qui permet aux artisans de générer des devis à partir de "
        "photos du chantier.",
        ("devis", "chantier", "artisan"),
    ),
    # --- German --------------------------------------------------------------------------
    Case(
        "de",
        "Eine App für Hundebesitzer, die zuverlässige Gassigeher in der Nähe findet und "
        "Fotos vom Spaziergang schickt.",
        ("hundebesitzer", "gassigeher", "fotos"),
    ),
    Case(
        "de",
        "Eine Plattform für Handwerksbetriebe, die Angebote aus Fotos der Baustelle erstellt.",
        ("handwerk", "angebot", "baustelle"),
    ),
    Case(
        "de",
        "Kleine Arztpraxen verlieren jeden Tag Zeit am Telefon. Wir wollen einen Assistenten, "
        "der Termine vergibt und Patienten an ihre Impfungen erinnert.",
        ("termin", "patient", "impfung"),
    ),
    Case(
        "de",
        "Was wäre, wenn Nachbarn ihre Lastenräder stundenweise verleihen könnten?",
        ("lastenr", "nachbar"),
    ),
    Case(
        "de",
        "Ein Sensor für Kühlschränke in Restaurants, der die Temperatur überwacht und bei "
        "Ausfall Alarm schlägt.",
        ("sensor", "temperatur", "kühlschr"),
    ),
    Case(
        "de",
        "internes Tool für unser Lager, das die Kommissionierlisten über Nacht vorbereitet",
        ("kommissionier", "lager"),
    ),
    Case(
        "de",
        "Ein Lernspiel für Grundschulkinder, das das Einmaleins mit kurzen Rätseln übt.",
        ("einmaleins", "grundschulkinder"),
    ),
    Case(
        "de",
        "Also, ich dachte mir, so eine App für Sportvereine, die die Hallenzeiten plant und "
        "Trainer automatisch informiert, wenn ein Training ausfällt, wäre halt echt praktisch.",
        ("hallenzeit", "trainer", "verein"),
    ),
    Case("de", "Uber für Hundesitter", ("hundesitter",)),
    Case(
        "de",
        "- Fußballspiele eintragen\n- Platzmiete zwischen den Spielern aufteilen\n"
        "- an offene Beträge erinnern",
        ("platzmiete", "spiel", "beträge"),
    ),
    Case(
        "de",
        "Finde in Minuten einen Babysitter in deiner Nähe, der heute Abend noch Zeit hat.",
        ("babysitter",),
    ),
    Case(
        "de",
        "Hilf Pflegekräften im Nachtdienst, gesunde Mahlzeiten in zehn Minuten zu planen.",
        ("pflegekräfte", "mahlzeit"),
    ),
    Case(
        "de",
        "Das Problem: Schichtleiter bauen jeden Morgen die Kommissionierliste von Hand. Die "
        "Idee ist ein internes Tool, das sie über Nacht aus den Bestellungen von gestern "
        "erstellt.",
        ("kommissionierliste", "schichtleiter", "bestellung"),
    ),
    Case(
        "de",
        "Eine smarte Tablettenbox für Senioren, die an die Einnahme erinnert und Angehörige "
        "benachrichtigt, wenn eine Dosis fehlt.",
        ("tablettenbox", "senior", "angehörige"),
    ),
    Case(
        "de",
        "Ein Marktplatz, auf dem Landwirte überschüssiges Gemüse direkt an Restaurants verkaufen.",
        ("gemüse", "landwirt", "restaurant"),
    ),
    Case(
        "de",
        "Wie können wir Studierenden helfen, gebrauchte Fachbücher untereinander zu tauschen?",
        ("fachbücher", "studierende"),
    ),
    Case(
        "de",
        "Wir bauen ein Buchungstool für Kletterhallen. Kletterer sehen freie Slots und buchen "
        "mit einem Klick. Die Halle bekommt jeden Morgen eine Übersicht.",
        ("kletter", "slot"),
    ),
    Case(
        "de",
        "Stell dir vor, Eltern könnten Kinderkleidung, aus der ihre Kinder herausgewachsen "
        "sind, mit Familien aus der Nachbarschaft tauschen.",
        ("kinderkleidung", "eltern"),
    ),
    Case(
        "de",
        "eine app die meine zimmerpflanzen kennt und mich ans gießen erinnert",
        ("zimmerpflanze", "gießen"),
    ),
    Case(
        "de",
        "Lehrkräfte verbringen Stunden mit dem Korrigieren von Diktaten. Wir möchten eine "
        "Plattform, die Diktate automatisch auswertet und typische Fehler für jede Klasse "
        "zusammenfasst.",
        ("diktat", "lehrkräfte", "fehler"),
    ),
    Case(
        "de",
        "Eine App für Menschen mit Diabetes, die Blutzuckerwerte aus dem Sensor liest und vor "
        "einer Unterzuckerung warnt.",
        ("blutzucker", "diabetes", "unterzucker"),
    ),
    Case("de", "Wie Airbnb, nur für Gartenhäuser und Schrebergärten.", ("garten",)),
    Case(
        "de",
        "Ein Vertragsradar für Einkaufsteams im Mittelstand: Es liest jeden Lieferantenvertrag, "
        "markiert Kündigungsfristen 90 Tage vorher und entwirft die Kündigungs-E-Mail.",
        ("vertrag", "kündigung", "einkauf"),
    ),
    Case(
        "de",
        "Ein Wassersensor für zu Hause. Er sitzt am Hauptwasserhahn, erkennt Lecks in Sekunden "
        "und lässt dich das Ventil per Handy schließen.",
        ("leck", "ventil", "wasser"),
    ),
    # --- Portuguese ----------------------------------------------------------------------
    Case(
        "pt",
        "Um aplicativo para pequenos restaurantes que controla o estoque e avisa quando um "
        "ingrediente está acabando.",
        ("restaurante", "estoque", "ingrediente"),
    ),
    Case(
        "pt",
        "Uber para passeadores de cães",
        ("passeador", "cães"),
    ),
    Case(
        "pt",
        "Os professores perdem horas corrigindo redações. Queremos uma ferramenta que "
        "sugere correções e mostra os erros mais comuns da turma.",
        ("professor", "redaç", "erro"),
    ),
    Case(
        "pt",
        "Uma plataforma onde produtores rurais vendem frutas diretamente para mercados da cidade.",
        ("produtor", "fruta", "mercado"),
    ),
    Case(
        "pt",
        "E se os moradores de um prédio pudessem dividir as compras do mês?",
        ("morador", "compra"),
    ),
    Case(
        "pt",
        "Um sensor de qualidade do ar para escolas que avisa quando é preciso abrir as janelas.",
        ("ar", "janela", "escola"),
    ),
    Case(
        "pt",
        "Tipo assim, a ideia é um app que ajuda quem corre a encontrar grupos de corrida no "
        "bairro, sabe?",
        ("corrida", "grupo", "bairro"),
    ),
    Case(
        "pt",
        "Ajude pequenas padarias a prever quanto pão vão vender amanhã.",
        ("padaria", "pão"),
    ),
    Case("pt", "um Airbnb de vagas de garagem", ("vaga", "garagem")),
    Case(
        "pt",
        "- registrar as partidas de futebol\n- dividir o valor da quadra entre os jogadores"
        "\n- lembrar quem não pagou",
        ("partida", "quadra", "jogador"),
    ),
    Case(
        "pt",
        "Encontre um eletricista de confiança em menos de uma hora.",
        ("eletricista",),
    ),
    Case(
        "pt",
        "Precisamos de uma ferramenta interna para o nosso armazém que organiza os turnos e "
        "avisa das trocas.",
        ("turno", "armazém"),
    ),
    Case(
        "pt",
        "Um aplicativo para cuidadores de idosos que lembra os horários dos medicamentos e "
        "avisa a família.",
        ("cuidador", "medicamento", "família"),
    ),
    Case(
        "pt",
        "Que tal uma plataforma onde estudantes trocam livros usados com colegas do mesmo curso?",
        ("livro", "estudante"),
    ),
    # --- Japanese ------------------------------------------------------------------------
    Case(
        "ja",
        "リモートチーム向けの習慣トラッカー。スタンドアップを忘れるとSlackで通知し、"
        "マネージャーには週次の連続記録ダッシュボードを表示します。",
        ("習慣トラッカー", "slack", "ダッシュボード"),
    ),
    Case(
        "ja",
        "フリーランスと企業をマッチングするサービス",
        ("フリーランス", "企業"),
    ),
    Case(
        "ja",
        "小さなパン屋では毎晩パンが余ってしまう。天気と過去の売上から翌日の需要を予測する"
        "アプリを作りたい。",
        ("パン", "需要", "予測"),
    ),
    Case(
        "ja",
        "高齢の親の服薬を見守るスマートピルケース。飲み忘れると家族のスマホに通知が届く。",
        ("ピルケース", "服薬", "通知"),
    ),
    Case(
        "ja",
        "大学生のための教科書シェアアプリで、先輩から後輩へ安く譲れる",
        ("教科書", "大学生"),
    ),
    Case(
        "ja",
        "社内向けの備品貸し出し管理ツール",
        ("備品",),
    ),
    Case(  # rambling speech: the pain in the middle, the wish at the end
        "ja",
        "えっと、考えてたんだけど、うちの保育園って連絡帳がまだ紙なんだよね。先生も親も書くのが"
        "大変で、写真もすぐ共有できないし。スマホで連絡帳を書けて、お迎えの時間も伝えられるアプリ"
        "があったらいいなって。",
        ("連絡帳", "お迎え"),
    ),
    Case(  # a question, no product named
        "ja",
        "近所の人同士で、使わない工具を貸し借りできたらどうだろう？",
        ("工具", "近所"),
    ),
    Case("ja", "ペットシッター版のUber", ("ペットシッター",)),  # brand analogy
    Case(  # imperative, marketplace with two sides
        "ja",
        "農家が余った野菜を近くのレストランに直接売れるプラットフォームを作って",
        ("野菜", "農家", "レストラン"),
    ),
    Case(  # health, the audience in a sentence of its own
        "ja",
        "睡眠の記録から、眠りの質が落ちる前に生活リズムの乱れを知らせるアプリ。夜勤のある看護師向け。",
        ("睡眠", "看護師", "生活リズム"),
    ),
    Case(  # B2B, with a goal as the second sentence
        "ja",
        "中小企業の経理担当者向けに、請求書をスキャンするだけで仕訳を自動作成するクラウドサービス。"
        "月末の入力作業をなくしたい。",
        ("請求書", "仕訳", "経理"),
    ),
    Case(  # education
        "ja",
        "英単語を5分だけ毎日復習できる、中学生のための学習アプリ。間違えた単語を優先して出題する。",
        ("英単語", "中学生", "復習"),
    ),
    Case(  # hardware
        "ja",
        "玄関ドアに付けるだけで、鍵の閉め忘れをスマホに知らせる小さなセンサー",
        ("鍵", "閉め忘れ", "センサー"),
    ),
    Case(  # the problem first, then "the idea is"; an internal tool
        "ja",
        "倉庫のシフトリーダーは毎朝ピッキングリストを手作業で作っている。アイデアは、前日の注文から"
        "夜のうちにリストを自動で作る社内ツールです。",
        ("ピッキングリスト", "注文", "シフトリーダー"),
    ),
    Case(  # bullets
        "ja",
        "・フットサルの試合を記録する\n・ピッチ代をメンバーで割り勘にする\n・未払いの人にリマインドを送る",
        ("フットサル", "割り勘", "リマインド"),
    ),
    # --- Chinese -------------------------------------------------------------------------
    Case(
        "zh",
        "一个为自由职业者设计的发票工具，自动生成发票并提醒客户付款。",
        ("发票", "自由职业者"),
    ),
    Case(
        "zh",
        "帮助小餐馆根据天气和历史销量预测每天需要准备多少食材的应用",
        ("食材", "餐馆", "预测"),
    ),
    Case(
        "zh",
        "如果邻居之间可以互相借用工具，会怎么样？",
        ("工具", "邻居"),
    ),
    Case(
        "zh",
        "面向老年人的智能药盒，漏服时会通知子女。",
        ("药盒", "老年人"),
    ),
    Case(
        "zh",
        "大学生经常找不到自习室的空位。我们想做一个小程序，实时显示图书馆每层的空座数量。",
        ("空座", "图书馆"),
    ),
    Case(
        "zh",
        "公司内部使用的报销审批系统，员工拍照上传发票，财务一键审核",
        ("报销", "发票"),
    ),
    Case(  # rambling speech, a question at the end
        "zh",
        "就是说，我一直在想，我们小区的快递总是堆在门口，经常被拿错。能不能做个小程序，快递到了就"
        "通知业主，还能预约送上门的时间？",
        ("快递", "业主", "预约"),
    ),
    Case("zh", "宠物界的滴滴", ("宠物",)),  # brand analogy
    Case(  # bullets
        "zh",
        "- 记录每周的羽毛球活动\n- 自动分摊场地费\n- 提醒还没付钱的人",
        ("羽毛球", "场地费", "付钱"),
    ),
    Case(  # imperative, education
        "zh",
        "帮我做一个给中学生用的英语单词练习应用，每天只练五分钟，错过的单词会反复出现。",
        ("单词", "中学生", "练习"),
    ),
    Case(  # health, the problem first
        "zh",
        "糖尿病患者经常忘记记录血糖。我们想做一个连接血糖仪的应用，自动记录数据并生成给医生看的周报。",
        ("血糖", "医生", "周报"),
    ),
    Case(  # B2B, a colon
        "zh",
        "面向中小电商卖家的库存预警工具：库存低于安全线时自动提醒补货，并预测下个月的销量。",
        ("库存", "补货", "卖家"),
    ),
    Case(  # hardware
        "zh",
        "装在水表上的智能传感器，发现漏水立即推送到手机，还能远程关闭阀门。",
        ("漏水", "阀门", "传感器"),
    ),
    Case(  # a wish: "if only"
        "zh",
        "要是农民能把卖不完的蔬菜直接卖给附近的餐厅就好了。",
        ("蔬菜", "餐厅", "农民"),
    ),
    Case(  # the problem first, then "the idea is"; an internal tool
        "zh",
        "仓库班组长每天早上都要手工整理拣货单，很浪费时间。想法是做一个内部工具，每晚根据前一天的"
        "订单自动生成拣货单。",
        ("拣货单", "订单"),
    ),
]
