# Relay developer commands. See README.md.
.PHONY: run stop test openapi bench clean

run:        ## start PostgreSQL, Keycloak, backend and SPA with demo data
	@bash scripts/run.sh

stop:       ## stop what `make run` / `make test` started
	@bash scripts/stop.sh

test:       ## every test suite: backend, contract, frontend, browser end-to-end
	@bash scripts/test.sh

openapi:    ## regenerate openapi.yaml and the SPA's typed client from the code
	cd backend && mvn -q -B package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run --silent gen:api

clean:      ## remove build output (keeps databases and Keycloak)
	rm -rf backend/target frontend/dist

bench:      ## performance figures (list endpoint with rules on/off, same SQL via pgbench)
	@bash scripts/bench.sh
