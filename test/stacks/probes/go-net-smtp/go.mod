module smtpdoctor/probe

go 1.19
