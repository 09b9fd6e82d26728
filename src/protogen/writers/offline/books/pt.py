"""Portuguese phrasebook, written for readers in Brazil and in Portugal alike.

The register is the third person ("você" grammar) in every tone, without the pronoun
itself: that reads naturally in Brazil and politely in Portugal. Words that differ
between the two are avoided ("celular"/"telemóvel" -> "telefone", "equipe"/"equipa",
"usuário"/"utilizador", "cadastro"/"registo" -> "inscrição", "tela"/"ecrã",
"aplicativo"/"aplicação" -> "serviço" when the idea names no product), and so are
clitics where the two place them differently and the progressive ("está fazendo"/"está
a fazer"). Formal pages are impersonal and sober, never "o senhor/a senhora".

Every frame has the placeholders of its English counterpart (``books/en.py``); marks
such as ``pensad{P:o|a}`` agree with a noun from the idea (``iberian_grammar``).
"""

from protogen.writers.offline.iberian_grammar import IberianGrammar

GRAMMAR = IberianGrammar("pt")

KINDS = {
    "team": {
        "noun": "ferramenta",
        "a_noun": "uma ferramenta",
        "label": "Profissional",
        "role": "colaborador",
        "start": {
            "informal": "crie um espaço de trabalho e convide as pessoas com quem trabalha",
            "formal": "crie um espaço de trabalho para a sua organização e convide os seus colegas",
        },
        "outcome": {
            "informal": "veja o que mudou em cada semana e decida o próximo passo",
            "formal": "acompanhe a evolução todas as semanas e defina os próximos passos",
        },
    },
    "consumer": {
        "noun": "serviço",
        "a_noun": "um serviço",
        "label": "Uso pessoal",
        "role": "cliente da primeira hora",
        "start": {
            "informal": "faça a inscrição com o seu e-mail e diga o que é importante",
            "formal": "faça a inscrição com o seu endereço de e-mail e escolha as suas preferências",
        },
        "outcome": {
            "informal": "volte quando quiser e continue de onde parou",
            "formal": "volte sempre que precisar e retome de onde parou",
        },
    },
    "marketplace": {
        "noun": "plataforma",
        "a_noun": "uma plataforma",
        "label": "Marketplace",
        "role": "cliente da versão beta",
        "start": {
            "informal": "diga do que precisa ou o que pode oferecer",
            "formal": "descreva aquilo de que precisa ou o que pode oferecer",
        },
        "outcome": {
            "informal": "combine os detalhes e deixe uma avaliação",
            "formal": "confirme os detalhes e avalie a troca no final",
        },
    },
    "device": {
        "noun": "dispositivo",
        "a_noun": "um dispositivo",
        "label": "Dispositivo",
        "role": "cliente da pré-venda",
        "start": {
            "informal": "faça a instalação e conecte ao seu telefone",
            "formal": "instale o dispositivo e conecte-o ao seu telefone",
        },
        "outcome": {
            "informal": "siga com o seu dia: ele avisa quando algo precisa de atenção",
            "formal": "conte com um aviso sempre que algo exigir atenção",
        },
    },
    "internal": {
        "noun": "ferramenta interna",
        "a_noun": "uma ferramenta interna",
        "label": "Ferramenta interna",
        "role": "colega do grupo-piloto",
        "start": {
            "informal": "abra pela intranet e entre com a conta da empresa",
            "formal": "abra a ferramenta na intranet e entre com a conta corporativa",
        },
        "outcome": {
            "informal": "use o tempo poupado no trabalho que só uma pessoa sabe fazer",
            "formal": "dedique o tempo poupado às tarefas que exigem critério",
        },
    },
    "learning": {
        "noun": "plataforma de estudo",
        "a_noun": "uma plataforma de estudo",
        "label": "Aprendizagem",
        "role": "estudante",
        "start": {
            "informal": "escolha o que quer aprender e quanto tempo tem",
            "formal": "escolha um tema e o tempo disponível por semana",
        },
        "outcome": {
            "informal": "veja o progresso crescer, uma sessão curta de cada vez",
            "formal": "acompanhe o seu progresso de sessão em sessão",
        },
    },
    "health": {
        "noun": "plataforma de saúde",
        "a_noun": "uma plataforma de saúde",
        "label": "Saúde",
        "role": "participante da fase de testes",
        "start": {
            "informal": "crie o seu perfil e escolha o que quer acompanhar",
            "formal": "crie um perfil e escolha o que pretende acompanhar",
        },
        "outcome": {
            "informal": "reveja a semana e leve as notas para a próxima consulta",
            "formal": "reveja o histórico e leve-o ao seu médico, se quiser",
        },
    },
}

BOOK = {
    "labels": {
        "skip_link": "Ir para o conteúdo",
        "problem_heading": "O problema",
        "features_heading": "O que faz",
        "steps_heading": "Como funciona",
        "quote_heading": "O que esperamos ouvir",
        "mock_badge": "Citação fictícia: um exemplo, não um cliente real",
        "faq_heading": "Perguntas",
        "email_label": "E-mail",
        "email_invalid": "Esse e-mail não parece válido. Exemplo: nome@exemplo.com.",
        "thanks": "Obrigado! O e-mail já está na lista; em breve haverá novidades.",
        "already": "Esse e-mail já estava na lista. Obrigado!",
        "stored_locally": "Protótipo: os e-mails ficam guardados só neste navegador.",
        "idea_heading": "A ideia por trás deste protótipo",
        "footer": "Um protótipo navegável. Nada aqui está no ar ainda.",
        "sample_badge": "Dados de exemplo: inventados para este protótipo",
        "nav_home": "Início",
    },
    "kinds": KINDS,
    "storyboard": {
        "idea": "A ideia",
        "problem": "O problema",
        "persona": "Persona",
        "persona_line": "**{name}**, {role}. {context}",
        "goal": "Objetivo",
        "frustration": "Frustração",
        "stories": "Histórias de quem usa",
        "story": "Como {as_a}, quero {i_want}; assim {so_that}.",
        "storyboard": "Storyboard",
        "features": "O que oferece",
        "run": "Como executar",
        "run_page": "O protótipo é uma só página, {entry}, que não carrega nada de fora.",
        "run_serve": "serve a página em http://127.0.0.1 e mostra o endereço",
        "run_open": "Linux; 'open' no macOS, 'start' no Windows",
        "run_waitlist": "O formulário da lista de espera valida o e-mail, confirma a inscrição e guarda as inscrições no localStorage do navegador: nada é enviado.",
        "run_app": "Uma pequena aplicação web (FastAPI, Jinja2, SQLite): a página inicial em {root}, o núcleo do produto em {app} (dados de exemplo, assinalados como tal), a lista de espera guardada em SQLite, as inscrições em {admin} (protegidas por token, com exportação em CSV), {healthz}.",
        "run_app_serve": "na primeira vez instala as dependências num venv em cache; mostra o endereço e o link de administração",
        "run_by_hand": "Manualmente, a partir desta pasta:",
        "run_tests": "os testes do próprio protótipo",
        "run_db": "{var} indica o caminho do SQLite (sem ela, {file}).",
        "validate": "O que validar na reunião",
        "assumptions": "Hipóteses a testar",
        "questions": "Perguntas em aberto",
        "metric": "Métrica de sucesso",
        "made": "Como foi feito",
        "made_writer": "Redator",
        "made_model": "Modelo",
        "made_model_at": "{model} em {host}",
        "made_format": "Formato de resposta, prompt",
        "made_prompt": "{format}, prompt v{version}",
        "made_tokens": "Tokens de entrada, de saída",
        "made_fallback": "Do redator offline",
        "made_template": "Template",
        "made_knobs": "Tom, paleta",
        "made_when": "Criado",
        "made_with": "{when} com protogen {version}",
        "made_time": "Tempo",
        "made_brief": "Cada palavra da página está em {file} (o Brief).",
        "colon": ":",
    },
    "names": {
        "suffixes": {
            "team": ["Mesa", "Base", "Radar", "Fluxo", "Plano", "Pro"],
            "consumer": ["Já", "Fácil", "Amigo", "Ninho", "Ponto", "Clube"],
            "marketplace": ["Match", "Rede", "Praça", "Perto", "Troca", "Círculo"],
            "device": ["Alerta", "Vigia", "Olho", "Pulso", "Aviso", "Farol"],
            "internal": ["Mesa", "Painel", "Base", "Pauta", "Quadro", "Ops"],
            "learning": ["Aula", "Rota", "Classe", "Lab", "Sábio", "Mente"],
            "health": ["Cuida", "Vital", "Saúde", "Pulso", "Calma", "Bem"],
        },
        "adjective_endings": "oso|osa|ivo|iva|ável|ível|mente",
        "fallback": ["Bússola", "Rumo", "Semente", "Ponte", "Luzeiro"],
    },
    "people": [
        "Ana",
        "João",
        "Mariana",
        "Pedro",
        "Beatriz",
        "Tiago",
        "Carolina",
        "Rafael",
        "Sofia",
        "Miguel",
        "Helena",
        "Lucas",
        "Joana",
        "Gabriel",
        "Marta",
        "Bruno",
    ],
    "roles": {
        "person": "{one}",
        "group": "membro de {one}",
        "org": "responsável por {one}",
    },
    "tagline": {
        "friendly": [
            "{R:{product} pensad{P:o|a} de verdade para {audience_short}|{product} feit{P:o|a} para {audience_short}, sem complicação|{product} para {audience_short}, como deve ser}",
            "{title}, sem complicação",
            "{title}, da forma mais simples",
            "{topic}, sem complicação",
            "Conheça {name}: {a_product} que dá gosto usar",
        ],
        "bold": [
            "{R:Finalmente, {a_product} feit{P:o|a} de verdade para {audience_short}|Já era hora: {a_product} feit{P:o|a} para {audience_short}|{a_product} para {audience_short}, sem rodeios}",
            "{title}. Sem improvisos.",
            "{topic}: acabou o improviso.",
            "Feit{P:o|a} para {audience_short}. Só para {A:ele|ela|eles|elas}.",
            "Isto é {name}. Comece aqui.",
        ],
        "formal": [
            "{a_product} para {audience_short}",
            "{title}, com confiança",
            "Uma abordagem rigorosa para {topic}",
            "{product} desenvolvid{P:o|a} para {audience_short}",
            "{name}: {a_product} feit{P:o|a} com rigor",
        ],
    },
    "subhead": {
        "friendly": [
            "{name} é {a_product} {for_audience}. {does_them} e ainda {does2}.",
            "{name} {does}. Também {does2}, e assim há uma coisa a menos para lembrar.",
            "{name} é {a_product} {for_audience}. {does_them}, sem complicação.",
            "{name} {does}, para que o resto do dia siga tranquilo.",
            "{name} é {a_product} {for_audience} que torna tudo o que envolve {topic} mais simples.",
            "{name} é {a_product} para {topic} que cuida da parte chata.",
            "{name} é {a_product} {for_audience}, {R:pensad{P:o|a} para caber na rotina que já {A:tem|tem|têm|têm}|sem passos a mais nem manuais|feit{P:o|a} para usar todos os dias, sem complicação}.",
            "{name} é {a_product} que se adapta ao seu dia, e não o contrário.",
        ],
        "bold": [
            "{does}. {does2}. Isso é {name}.",
            "{name} {does}. Sem rodeios.",
            "{a_product} {for_audience}. {does_them}. E pronto.",
            "{a_product} para {topic}, sem o atrito de sempre.",
            "{a_product} {for_audience}, feit{P:o|a} para fazer uma coisa e fazer bem.",
            "{name} é {a_product} com uma só missão, bem cumprida.",
        ],
        "formal": [
            "{name} é {a_product} {for_audience}. {does_them}; além disso, {does2}.",
            "{name} é {a_product} {for_audience}. {does_them}.",
            "{name} {does}.",
            "{name} é {a_product} para {topic}, concebid{P:o|a} para ser confiável desde o primeiro dia.",
            "{name} é {a_product} {for_audience}, concebid{P:o|a} para ser confiável desde o primeiro dia.",
            "{name} é {a_product} concebid{P:o|a} para ser confiável desde o primeiro dia.",
        ],
    },
    "cta": {
        "friendly": ["Entrar na lista", "Quero um lugar", "Quero experimentar"],
        "bold": ["Garantir acesso antecipado", "Garantir o meu lugar", "Quero entrar"],
        "formal": ["Pedir acesso", "Manifestar interesse", "Pedir um convite"],
    },
    "signup_title": {
        "friendly": [
            "Seja dos primeiros a experimentar {name}",
            "Quer experimentar {name} antes de todos?",
        ],
        "bold": ["{name}, antes de todos", "Primeiro da fila para {name}"],
        "formal": ["Manifeste o seu interesse em {name}", "Acesso antecipado a {name}"],
    },
    "signup_text": {
        "friendly": [
            "Deixe o seu e-mail e enviamos um convite quando a primeira versão de {name} estiver pronta.",
            "Escreva o seu e-mail abaixo; avisamos quando houver algo para experimentar.",
        ],
        "bold": [
            "Um e-mail quando {name} estiver pronto. Mais nada.",
            "Deixe o e-mail. A notícia chega no dia do lançamento.",
        ],
        "formal": [
            "Indique o seu endereço de e-mail e enviaremos uma mensagem quando {name} estiver disponível.",
            "Faça a inscrição para receber um aviso quando a primeira versão de {name} estiver disponível.",
        ],
    },
    "problem": {
        "friendly": {
            "pain": [
                "{pain}. Não devia ser tão difícil, e com {name} não vai ser.",
                "{pain}. Parece familiar? É para isso que existe {name}.",
                "{pain}. Cada um tem o seu improviso, e ninguém gosta do seu.",
            ],
            "promise": [
                "{R:Hoje não há uma forma simples de {to_do}. {name} nasceu para mudar isso.|Hoje ainda custa demais {to_do}. {name} chegou para mudar isso.}",
                "Hoje, quem quer {to_do} tem de improvisar. É para isso que existe {name}.",
                "Querer {to_do} não devia exigir um monte de improvisos. Hoje exige.",
                "{R:Hoje, {subject} não {S:tem|têm} uma forma simples de {user_does}. {name} nasceu para mudar isso.|Para {subject}, ainda custa demais {user_does}. {name} chegou para mudar isso.}",
            ],
            "none": [
                "Fazer isto bem ainda custa mais do que devia. {name} nasceu para mudar isso.",
                "As ferramentas de hoje não foram feitas para isto. {name} foi.",
            ],
        },
        "bold": {
            "pain": [
                "{pain}. Esse é o problema. {name} é a solução.",
                "{pain}. Chega.",
                "{pain}. Ninguém devia aceitar isso.",
            ],
            "promise": [
                "{to_do} ainda é difícil demais. {name} resolve.",
                "Ninguém tinha tornado fácil {to_do}. Até agora.",
                "Para {to_do}, hoje é preciso uma colcha de retalhos de ferramentas. Acabou.",
                "Para {subject}, {user_does} ainda é difícil demais. {name} resolve.",
            ],
            "none": [
                "A forma de sempre é lenta, dispersa e fácil de errar. {name} é a solução.",
                "Improvisos por todo o lado. {name} substitui todos.",
            ],
        },
        "formal": {
            "pain": [
                "{pain}. {name} foi concebid{P:o|a} para resolver isto diretamente.",
                "{pain}. O custo mede-se em tempo, atenção e erros evitáveis.",
                "{pain}. As ferramentas existentes não resolvem bem esta questão.",
            ],
            "promise": [
                "Atualmente não existe uma forma confiável de {to_do}. {name} foi concebid{P:o|a} precisamente para isso.",
                "Quem precisa de {to_do} recorre hoje a soluções manuais.",
                "Não existe um lugar único e confiável para {to_do}. {name} pretende ser esse lugar.",
                "Atualmente, {subject} não {S:dispõe|dispõem} de uma forma confiável de {user_does}. {name} foi concebid{P:o|a} precisamente para isso.",
            ],
            "none": [
                "As soluções atuais exigem mais esforço do que a tarefa justifica. {name} foi concebid{P:o|a} para reduzir esse esforço.",
                "As ferramentas existentes não foram concebidas para este fim. {name} foi.",
            ],
        },
    },
    "feature": {
        "friendly": {
            "product": [
                "{R:Deixe {name} {product_does}.|{name} cuida de {product_does}.}",
                "{name} {does}, e assim há uma preocupação a menos.",
            ],
            "user": [
                "Com {name}, {subject} {S:pode|podem} {user_does}.",
                "{name} {does}, em poucos toques.",
            ],
            "sentence": ["{sentence}"],
        },
        "bold": {
            "product": ["{does}. Sem mexer um dedo.", "{name} {does}. Sempre."],
            "user": [
                "{subject} {S:pode|podem} {user_does}. Simples assim.",
                "{name} {does}. Sem idas e vindas.",
            ],
            "sentence": ["{sentence}"],
        },
        "formal": {
            "product": ["{name} {does}.", "{name} {does}, de forma consistente e pontual."],
            "user": [
                "{name} {does}.",
                "Com {name}, {subject} {S:passa|passam} a poder {user_does}.",
            ],
            "sentence": ["{sentence}"],
        },
    },
    "feature_titles": {
        "team": ["Próximos passos claros", "Todos na mesma página"],
        "consumer": ["Na hora certa", "Claro e simples"],
        "marketplace": ["Os dois lados no mesmo lugar", "Condições claras"],
        "device": ["Avisos que importam", "Tudo num relance"],
        "internal": ["Menos trabalho manual", "Um só lugar para consultar"],
        "learning": ["Respostas claras", "Saber em que ponto está"],
        "health": ["O seu histórico, à sua maneira", "Lembretes gentis"],
    },
    "fillers": {
        "team": [
            [
                "Todos na mesma página",
                "Todos veem a mesma informação, e ninguém precisa de pedir atualizações.",
            ],
            [
                "Funciona com as ferramentas de sempre",
                "{name} funciona com as ferramentas que já usa, em vez de obrigar a trocar.",
            ],
            [
                "Progresso à vista",
                "Uma visão semanal mostra o que avançou, o que parou e o que precisa de decisão.",
            ],
            ["Papéis e permissões", "Quem pode ver e alterar o quê fica definido, grupo a grupo."],
        ],
        "consumer": [
            [
                "Pronto em minutos",
                "Basta dizer a {name} o que é importante: no mesmo dia fica pronto.",
            ],
            [
                "Privado por defeito",
                "O que adiciona é seu; nada é mostrado a ninguém sem a sua decisão.",
            ],
            [
                "Lembretes gentis",
                "{name} avisa no momento certo, sem exageros.",
            ],
            [
                "O seu histórico",
                "Todo o histórico num só lugar, para descobrir padrões ao longo do tempo.",
            ],
        ],
        "marketplace": [
            [
                "Perfis de confiança",
                "Antes de qualquer compromisso, dá para conhecer a outra parte.",
            ],
            [
                "Os dois lados no mesmo lugar",
                "Quem precisa de algo e quem o oferece encontram-se em {name}.",
            ],
            [
                "Acordos simples",
                "Os detalhes ficam combinados numa só conversa, sem mensagens sem fim.",
            ],
            [
                "Avaliações após cada troca",
                "Cada lado avalia o outro, e o bom comportamento fica à vista.",
            ],
        ],
        "device": [
            ["Avisos no telefone", "Quando algo precisa de atenção, {name} avisa na hora."],
            [
                "Fácil de instalar",
                "Sem ferramentas nem técnicos: {name} foi pensad{P:o|a} para ficar pronto em minutos.",
            ],
            ["Histórico num relance", "O que aconteceu durante a ausência, hora a hora."],
            ["Discreto até ser preciso", "{name} não incomoda até que algo mude de verdade."],
        ],
        "internal": [
            [
                "À medida do processo",
                "{name} segue o processo da casa em vez de impor um novo.",
            ],
            [
                "Acesso para quem deve ter",
                "O acesso segue as contas da empresa: ninguém precisa de mais uma senha.",
            ],
            ["Rastreabilidade", "Cada alteração fica anotada com quem a fez e quando."],
            [
                "Menos copiar e colar",
                "Os dados vêm dos sistemas da empresa, não de digitação à mão.",
            ],
        ],
        "learning": [
            [
                "Sessões curtas",
                "As lições cabem em poucos minutos livres, e praticar passa a ser um hábito.",
            ],
            ["Progresso à vista", "O que já domina e o que pede mais uma revisão, à vista."],
            ["Prática que se adapta", "{name} volta mais vezes ao que custa mais."],
            [
                "No seu ritmo",
                "Cada pausa é sua: tudo continua exatamente onde ficou.",
            ],
        ],
        "health": [
            [
                "Privado por princípio",
                "Os seus dados de saúde são seus; a decisão sobre o que mostrar é sua.",
            ],
            ["Lembretes gentis", "{name} lembra na hora certa, sem pressionar."],
            [
                "Um resumo para as consultas",
                "Um resumo claro para a próxima consulta, em vez de confiar na memória.",
            ],
            [
                "Tendências ao longo do tempo",
                "Como as coisas mudam de semana para semana, à vista.",
            ],
        ],
    },
    "steps": {
        "friendly": {
            "start": [
                "Comece|{start}. Leva só alguns minutos.",
                "Primeiro passo|Primeiro, {start}.",
            ],
            "promise": [
                "{title}|{R:Depois, deixe {name} {product_does}.|A seguir, {name} cuida de {product_does}.}",
                "{title}|Com {name}, {subject} {S:pode|podem} {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "À sua maneira|Ajuste {name} à forma como já faz as coisas.",
                "Experimente de verdade|Use {name} durante uma semana e veja o que muda.",
            ],
            "outcome": [
                "Sinta a diferença|E, no fim, {outcome}.",
                "Continue assim|A partir daí, {outcome}.",
            ],
        },
        "bold": {
            "start": ["Comece já|{start}. Só isso.", "Em frente|{start}. Em minutos."],
            "promise": [
                "{title}|{name} {does}. Sem mexer um dedo.",
                "{title}|{subject} {S:pode|podem} {user_does}. Sem atrito.",
                "{title}|{sentence}",
            ],
            "middle": [
                "À sua maneira|Configure como preferir. Sem manual.",
                "Todos os dias|Use {name} desde o primeiro dia.",
            ],
            "outcome": [
                "De volta ao que importa|{outcome}.",
                "Tempo recuperado|{outcome}. E repita.",
            ],
        },
        "formal": {
            "start": [
                "Configuração|Para começar, {start}.",
                "Primeiros passos|Em primeiro lugar, {start}.",
            ],
            "promise": [
                "{title}|{name} {does}.",
                "{title}|Com {name}, {subject} {S:passa|passam} a poder {user_does}.",
                "{title}|{sentence}",
            ],
            "middle": [
                "Ajustes|Adapte {name} à sua rotina atual.",
                "Adoção|Integre {name} no seu trabalho habitual.",
            ],
            "outcome": ["Revisão|Por fim, {outcome}.", "Continuidade|A partir daí, {outcome}."],
        },
    },
    "faq": [
        {
            "kinds": [
                "team",
                "consumer",
                "marketplace",
                "device",
                "internal",
                "learning",
                "health",
            ],
            "always": True,
            "q": "{name} já está disponível?",
            "a": {
                "friendly": "Ainda não: é um protótipo inicial. Entre na lista e avisamos quando estiver pronto.",
                "bold": "Ainda não. Entre na lista e fique entre os primeiros.",
                "formal": "Ainda não. Este protótipo testa o conceito; quem estiver na lista de espera será avisado no lançamento.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "Para quem é {name}?",
            "a": {
                "friendly": "{name} foi pensad{P:o|a} para {audience}. Se for o seu caso, gostaríamos muito de saber.",
                "bold": "Para {audience}. Foi para {A:ele|ela|eles|elas} que o fizemos.",
                "formal": "{name} foi concebid{P:o|a} para {audience}.",
            },
        },
        {
            "kinds": ["team", "consumer", "marketplace", "device", "learning", "health"],
            "q": "Quanto vai custar?",
            "a": {
                "friendly": "Ainda não definimos um preço. Quem estiver na lista sabe primeiro, e pode ajudar a acertar.",
                "bold": "O preço vem depois. Quem entra primeiro, sabe primeiro.",
                "formal": "O preço ainda não foi definido. Quem estiver na lista de espera será informado antes do lançamento.",
            },
        },
        {
            "kinds": [
                "team",
                "consumer",
                "marketplace",
                "device",
                "internal",
                "learning",
                "health",
            ],
            "q": "O que acontece com o meu e-mail?",
            "a": {
                "friendly": "Neste protótipo, fica no seu navegador. Nunca o vamos vender nem repassar.",
                "bold": "Fica no seu navegador. Não vendemos. Ponto final.",
                "formal": "Neste protótipo, é guardado apenas no seu navegador. Nunca será vendido nem cedido a terceiros.",
            },
        },
        {
            "kinds": ["team"],
            "q": "Funciona com as ferramentas que já usamos?",
            "a": {
                "friendly": "É uma das coisas que queremos testar. Na inscrição, diga quais ferramentas são importantes.",
                "bold": "É esse o plano. Diga quais importam e começamos por aí.",
                "formal": "As integrações estão em avaliação. Indique as ferramentas que utiliza no momento da inscrição.",
            },
        },
        {
            "kinds": ["device"],
            "q": "É preciso um profissional para instalar?",
            "a": {
                "friendly": "{name} foi pensad{P:o|a} para que cada pessoa faça a instalação sem ajuda. Este protótipo ajuda a confirmar isso.",
                "bold": "Não. Quem carrega um telefone, instala isto. É esse o objetivo.",
                "formal": "{name} foi concebid{P:o|a} para ser instalad{P:o|a} por cada cliente. Este protótipo ajuda a confirmar que isso é realista.",
            },
        },
        {
            "kinds": ["marketplace"],
            "q": "Como saber se dá para confiar no outro lado?",
            "a": {
                "friendly": "Perfis e avaliações após cada troca fazem parte do plano. Diga o que traria mais tranquilidade.",
                "bold": "Perfis, avaliações e nada de contas sem identificação. Esse é o ponto de partida.",
                "formal": "Estão previstos perfis verificados e avaliações mútuas. Sugestões sobre o que mais é necessário são bem-vindas.",
            },
        },
        {
            "kinds": ["internal"],
            "q": "Que grupos podem usar {name}?",
            "a": {
                "friendly": "Começa pelo grupo que pediu a ferramenta. Os outros entram quando o piloto funcionar.",
                "bold": "Primeiro, o grupo-piloto. Os outros, quando provar que funciona.",
                "formal": "Em primeiro lugar, o grupo-piloto; outros grupos poderão aderir depois da avaliação do piloto.",
            },
        },
        {
            "kinds": ["health"],
            "q": "Isto é aconselhamento médico?",
            "a": {
                "friendly": "Não. {name} ajuda a acompanhar tudo; as decisões continuam com cada pessoa e o seu médico.",
                "bold": "Não. Guarda o histórico. Quem decide é o médico.",
                "formal": "Não. {name} apoia a manutenção de um histórico; as decisões clínicas cabem a cada pessoa e ao seu profissional de saúde.",
            },
        },
        {
            "kinds": ["learning"],
            "q": "É preciso saber alguma coisa antes de começar?",
            "a": {
                "friendly": "Nada disso. {name} começa no ponto em que cada um está e avança a partir daí.",
                "bold": "Não. Comece do zero. Sem problema.",
                "formal": "Não são necessários conhecimentos prévios; {name} adapta-se ao nível de cada pessoa.",
            },
        },
        {
            "kinds": ["consumer", "learning", "health"],
            "q": "Dá para experimentar no telefone?",
            "a": {
                "friendly": "É esse o plano: {name} foi desenhad{P:o|a} primeiro para o telefone.",
                "bold": "Sim. Telefone em primeiro lugar, sempre.",
                "formal": "Sim. {name} foi concebid{P:o|a} sobretudo para utilização no telefone.",
            },
        },
    ],
    "stories": {
        "context": {
            "team": [
                "{persona}, {role}, mantém o trabalho do grupo em dia entre uma reunião e outra.",
                "{persona} trabalha como {role} e gasta tempo demais, todas as semanas, com pedidos de atualização.",
            ],
            "consumer": [
                "{persona}, {role}, já testou algumas soluções para isto e desistiu de todas.",
                "{persona}, {role}, quer que isto leve minutos, não uma noite inteira.",
            ],
            "marketplace": [
                "{persona}, {role}, costuma pedir recomendações a amigos.",
                "{persona}, {role}, já teve más experiências com anúncios desatualizados.",
            ],
            "device": [
                "{persona}, {role}, prefere saber de um problema antes que saia caro.",
                "{persona}, {role}, passa mais tempo fora de casa do que gostaria.",
            ],
            "internal": [
                "{persona}, {role}, sente todas as semanas o custo do processo atual.",
                "{persona}, {role}, criou o seu próprio sistema improvisado para dar conta do recado.",
            ],
            "learning": [
                "{persona}, {role}, tem vinte minutos livres quase todos os dias e muita vontade.",
                "{persona}, {role}, aprende melhor na prática, um pouco de cada vez.",
            ],
            "health": [
                "{persona}, {role}, quer manter tudo em ordem sem pensar nisso o dia inteiro.",
                "{persona}, {role}, quer um histórico claro para mostrar na próxima consulta.",
            ],
        },
        "goal": [
            "Resolver isto com menos esforço e menos surpresas.",
            "Gastar menos tempo com a rotina e mais com o que importa.",
            "Saber como estão as coisas sem ter de perguntar.",
        ],
        "frustration": [
            "Todas as ferramentas que testou pediam mais atenção do que o problema que resolviam.",
            "O improviso atual funciona, mas um dia falha.",
            "Depende demais da memória.",
        ],
        "want": [
            "usar {name} para {product_does}",
            "conseguir {user_does}",
        ],
        "general": [
            [
                "{role}",
                "entender numa frase o que {name} faz",
                "decido depressa se é para mim",
            ],
            [
                "{role}",
                "dizer ao grupo o que mudaria",
                "a primeira versão combina com a minha forma de trabalhar",
            ],
            [
                "{role}",
                "experimentar {name} antes de me comprometer",
                "só mudo se ajudar de verdade",
            ],
        ],
        "so_that": {
            "team": [
                "nada se perde entre uma reunião e outra",
                "todos trabalham com a mesma informação",
                "uso o meu tempo para decidir, não para atualizar",
            ],
            "consumer": [
                "cabe na minha rotina",
                "não dependo da memória",
                "chego ao resultado sem complicação",
            ],
            "marketplace": [
                "encontro depressa o que procuro",
                "os dois lados sabem o que foi combinado",
                "conheço a outra parte",
            ],
            "device": [
                "sei dos problemas antes que saiam caros",
                "posso sair de casa sem preocupações",
                "não preciso de verificar à mão",
            ],
            "internal": [
                "a rotina deixa de engolir o meu dia",
                "ninguém precisa de copiar dados à mão",
                "posso confiar nos números",
            ],
            "learning": [
                "avanço a um ritmo constante",
                "a prática cabe na minha semana",
                "sei o que devo rever a seguir",
            ],
            "health": [
                "sigo o plano sem pensar nisso",
                "tenho um histórico claro para as consultas",
                "os problemas pequenos não crescem",
            ],
        },
        "extra": {
            "team": [
                [
                    "{role}",
                    "ver num relance o que precisa da minha atenção",
                    "consigo agir antes que seja tarde",
                ],
                [
                    "responsável de grupo",
                    "integrar uma pessoa nova em minutos",
                    "ela contribui desde o primeiro dia",
                ],
            ],
            "consumer": [
                [
                    "{role}",
                    "começar sem ler nenhum manual",
                    "percebo a utilidade logo no primeiro dia",
                ],
                ["{role}", "escolher com que frequência {name} me avisa", "ajuda sem incomodar"],
            ],
            "marketplace": [
                [
                    "fornecedor",
                    "indicar quando estou disponível",
                    "só recebo pedidos que posso aceitar",
                ],
                ["{role}", "ver avaliações antes de decidir", "sei o que esperar"],
            ],
            "device": [
                ["{role}", "instalar {name} sem um técnico", "começo no mesmo dia"],
                [
                    "{role}",
                    "escolher que avisos chegam ao meu telefone",
                    "só sei do que importa",
                ],
            ],
            "internal": [
                [
                    "{role}",
                    "entrar com a conta da empresa",
                    "não preciso de mais uma senha",
                ],
                [
                    "responsável de grupo",
                    "ver como o novo processo é usado",
                    "decido se vale a pena ampliar",
                ],
            ],
            "learning": [
                ["{role}", "praticar em sessões curtas", "aprender cabe numa semana cheia"],
                ["{role}", "ver que temas já domino", "sei o que rever a seguir"],
            ],
            "health": [
                [
                    "{role}",
                    "decidir o que mostro e a quem",
                    "os meus dados de saúde continuam privados",
                ],
                [
                    "{role}",
                    "exportar um resumo para o meu médico",
                    "as consultas partem de dados, não da memória",
                ],
            ],
        },
    },
    "scenes": [
        [
            "O momento que dói|{pain}. {persona} conhece bem essa sensação.",
            "O momento que dói|{persona} precisa de {to_do}, e a forma de sempre é lenta e dispersa.",
            "Antes de {name}|{persona} volta a fazer malabarismos com improvisos e a perder tempo com eles.",
        ],
        [
            "A descoberta|{persona} encontra {name} e lê a promessa: {tagline}",
            "Uma forma melhor|Alguém de confiança manda a {persona} um link para {name}.",
        ],
        [
            "Primeiros passos|{persona} faz a inscrição e em poucos minutos tem tudo pronto.",
            "Primeira experiência|{persona} experimenta {name} pela primeira vez e acha fácil começar.",
        ],
        [
            "A primeira vitória|{name} {does}, e {persona} nota a diferença na mesma semana.",
            "A primeira vitória|Pela primeira vez, {persona} consegue {to_do} sem improvisos.",
            "A primeira vitória|A parte rotineira agora leva minutos, e {persona} nota.",
        ],
        [
            "Passar a palavra|{persona} fala de {name} aos outros.",
            "Um hábito|Um mês depois, {persona} não imagina voltar atrás.",
        ],
    ],
    "quote_by": "{role} (depoimento fictício)",
    "quote": {
        "team": [
            "Chega de correr atrás de atualizações: todos sabem como estão as coisas.",
            "A configuração levou uma tarde, e a reunião de segunda ficou mais curta.",
            "Finalmente, um lugar que todo o grupo usa de verdade.",
        ],
        "consumer": [
            "Não esperava gostar tanto. Encaixa no meu dia sem esforço.",
            "Faz exatamente o que eu precisava, e faz bem.",
            "Já experimentei várias soluções para isto. Esta foi a que ficou.",
        ],
        "marketplace": [
            "Encontrei o que precisava na mesma tarde, e perto de casa.",
            "Os dois lados sabiam exatamente o que tinha sido combinado. Sem mensagens constrangedoras.",
            "É a primeira vez que isto parece fácil e não uma aposta.",
        ],
        "device": [
            "Nem lembrava que estava lá, e um dia evitou uma grande dor de cabeça.",
            "A instalação foi rápida. Agora olho para o telefone em vez de me preocupar.",
            "É discreto, é confiável e avisa quando tem de avisar.",
        ],
        "internal": [
            "A parte da semana que eu mais temia agora leva poucos minutos.",
            "Ninguém copia dados à mão. Os números finalmente coincidem.",
            "Faz exatamente o que o grupo precisava, nem mais nem menos.",
        ],
        "learning": [
            "Um pouco todos os dias, e desta vez sinto o progresso.",
            "Sabe onde erro e volta a isso até deixar de acontecer.",
            "Agora até tenho vontade de praticar.",
        ],
        "health": [
            "Deixei de me preocupar em esquecer. Fica tudo anotado.",
            "A última consulta começou com dados, não com palpites.",
            "Ajuda, e não parece vigilância.",
        ],
    },
    "assumptions": {
        "all": [
            "A primeira versão de {name} pode ser útil só com as funções desta página.",
            "Esta página basta para entender o que {name} faz.",
        ],
        "team": [
            "Os grupos de trabalho sentem este problema com frequência suficiente para testar uma ferramenta nova.",
            "Uma só pessoa consegue configurar {name} para todo o grupo sem ajuda técnica.",
            "Os grupos vão confiar a {name} os dados de que precisa.",
        ],
        "consumer": [
            "As pessoas sentem isto com frequência suficiente para instalar algo novo.",
            "A primeira sessão já entrega algo útil.",
            "As pessoas voltam sem precisar de lembretes.",
        ],
        "marketplace": [
            "Haverá gente suficiente que ofereça o que outros procuram, na mesma zona.",
            "Os dois lados vão confiar o bastante num perfil e numa avaliação para combinar.",
            "As pessoas vão fechar a troca através de {name}, e não por fora.",
        ],
        "device": [
            "As pessoas vão instalar o dispositivo sozinhas.",
            "Os avisos serão precisos o bastante para ninguém os desligar.",
            "As pessoas vão pagar por um aparelho para evitar este problema.",
        ],
        "internal": [
            "O grupo vai largar o improviso atual se {name} poupar tempo de verdade.",
            "Os dados de que {name} precisa já estão em sistemas da empresa.",
            "Um grupo-piloto basta para ver se funciona.",
        ],
        "learning": [
            "Quem aprende vai praticar com regularidade em sessões curtas.",
            "O progresso fica visível o bastante para manter a motivação.",
            "O conteúdo pode ser preparado sem uma grande estrutura editorial.",
        ],
        "health": [
            "As pessoas vão anotar o que {name} precisa sem sentir isso como um fardo.",
            "As pessoas vão confiar os seus dados de saúde a {name}.",
            "Os lembretes ajudam sem alarmar.",
        ],
    },
    "open_questions": {
        "all": [
            "O que faria alguém deixar de usar {name} depois da primeira semana?",
            "Que função desta página importa mais a quem a vamos mostrar?",
        ],
        "team": [
            "Quem paga {name}: quem lidera o grupo ou a empresa?",
            "Como o grupo resolve isto hoje, e quanto custa?",
            "Com que ferramenta {name} tem de funcionar desde o primeiro dia?",
        ],
        "consumer": [
            "O que as pessoas usam hoje no lugar disto, e o que as faria mudar?",
            "Alguém pagaria por {name}, ou esperaria que fosse grátis?",
            "Quantas vezes alguém abriria {name} numa semana normal?",
        ],
        "marketplace": [
            "Que lado conquistamos primeiro, e como?",
            "Como {name} ganha dinheiro: uma comissão por troca ou uma assinatura?",
            "O que impede as pessoas de fechar o negócio fora da plataforma?",
        ],
        "device": [
            "Quanto alguém pagaria pelo dispositivo, e pagaria também uma assinatura?",
            "Onde tem de ficar em casa ou no trabalho, e há tomada por perto?",
            "O que acontece quando a internet cai?",
        ],
        "internal": [
            "Que grupo faz o piloto, e quem fica responsável por {name} depois?",
            "A que sistemas {name} precisa de ter acesso, e quem aprova isso?",
            "Como vamos medir o tempo poupado?",
        ],
        "learning": [
            "Quem paga: quem aprende, uma escola ou uma empresa?",
            "Como sabemos que a aprendizagem fica, além da plataforma?",
            "Quem escreve e revê o conteúdo?",
        ],
        "health": [
            "{name} precisa de aprovação médica ou regulatória para o que faz?",
            "Quem mais vê os dados, além da própria pessoa?",
            "Um médico ou um cuidador recomendaria?",
        ],
    },
    "metric": {
        "team": [
            "Proporção de grupos que ainda usam {name} todas as semanas, quatro semanas após a inscrição.",
            "Número de grupos que convidam uma segunda pessoa na primeira semana.",
        ],
        "consumer": [
            "Proporção de pessoas novas que voltam a {name} na segunda semana.",
            "Proporção de inscritos na lista que concluem a primeira sessão.",
        ],
        "marketplace": [
            "Número de trocas concluídas por semana, e quantas pessoas voltam para uma segunda.",
            "Proporção de pedidos que encontram resposta em menos de um dia.",
        ],
        "device": [
            "Proporção de dispositivos ainda instalados e conectados depois de um mês.",
            "Proporção de avisos que os donos confirmam terem sido úteis.",
        ],
        "internal": [
            "Horas por semana que o grupo-piloto poupa, em comparação com o processo atual.",
            "Proporção do grupo-piloto que usa {name} todos os dias úteis depois de duas semanas.",
        ],
        "learning": [
            "Proporção de estudantes que ainda praticam três semanas após a primeira sessão.",
            "Número de sessões por estudante e por semana no primeiro mês.",
        ],
        "health": [
            "Proporção de pessoas que mantêm o histórico em dia durante quatro semanas.",
            "Proporção de pessoas que levam o resumo de {name} a uma consulta.",
        ],
    },
    "core": {
        "titles": {
            "dashboard": "Resumo de {name}",
            "list": "Explorar {name}",
            "detail": "Em detalhe",
        },
        "intro": {
            "dashboard": [
                "Como estão as coisas esta semana, num relance.",
                "O que mudou e o que precisa de atenção, num só lugar.",
            ],
            "list": [
                "Cada linha é um exemplo do que {name} vai mostrar.",
                "Anúncios de exemplo, tal como {name} os vai mostrar.",
            ],
            "detail": [
                "Um exemplo completo, tal como {name} o vai mostrar.",
                "Uma ficha de exemplo, com tudo o que {name} guarda sobre ela.",
            ],
        },
        "action": {"dashboard": "Ver detalhes", "list": "Pedir", "detail": "Guardar"},
        "metrics": ["Ativos esta semana", "Concluídos", "Precisam de atenção", "Novos esta semana"],
        "statuses": ["Em dia", "Precisa de atenção", "Novo"],
        "value": "{n} esta semana",
    },
}
