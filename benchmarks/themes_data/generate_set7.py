# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's seventh set: invented districts and communes of another invented
province (tỉnh Vân Khê) reporting on another programme (administrative reform, "cải cách hành chính",
year 2025: the one-stop shop, online public services, settling administrative procedures on time,
the satisfaction index, digitizing records and results, simplifying procedures, discipline in public
service, streamlining the apparatus, online payment of fees, the PAR index).

Written by a helper blind to the method (it never opened :mod:`nq35cls.themes` or its resources, and
no clustering, theme finding or labelling was run on it while it was written), and held out: never
used to choose methods or parameters, only to say how what was chosen on the other sets does on words
nobody looked at. Every sentence below was written for this set; the same structure and machinery as
``generate_set6.py`` (planted points with several phrasings of different structure and wording,
distractors that share words with a planted point but not its point, singletons), none of the other
sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set7.py       # rewrites reports_set7/*.txt and *.jsonl (seed 109)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set7"
N_REPORTS = 42
SEED = 109

RESULTS: dict[str, list[str]] = {
    "R_dunghan": [
        "Bộ phận một cửa đã tiếp nhận {m} hồ sơ thủ tục hành chính, trong đó {p}% được giải quyết trước và đúng hạn.",
        "Trên {p}% hồ sơ của người dân, doanh nghiệp được xử lý xong trong hoặc trước thời hạn ghi trên phiếu hẹn.",
        "Việc giải quyết thủ tục hành chính cơ bản bảo đảm thời gian theo quy định, không để xảy ra tình trạng hồ sơ tồn đọng, quá hạn kéo dài.",
        "Kết quả trả cho công dân, tổ chức đúng hẹn chiếm tỷ lệ {p}%, số hồ sơ còn lại vẫn đang trong thời hạn xử lý.",
    ],
    "R_tructuyen": [
        "Tỷ lệ hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia đạt {p}% tổng số hồ sơ tiếp nhận.",
        "Dịch vụ công trực tuyến toàn trình được đẩy mạnh, {m} hồ sơ đã được tiếp nhận và xử lý hoàn toàn trên môi trường điện tử.",
        "Thay vì đến trụ sở, nhiều công dân đã chọn gửi hồ sơ qua mạng; số hồ sơ trực tuyến năm nay là {m}, chiếm {p}%.",
        "Hình thức nộp hồ sơ qua mạng chiếm {p}% số hồ sơ phát sinh trong năm 2025, cao hơn chỉ tiêu được giao.",
    ],
    "R_sohoa": [
        "Việc số hóa thành phần hồ sơ ngay khi tiếp nhận được thực hiện thường xuyên, tỷ lệ đạt {p}%.",
        "Các giấy tờ do bộ phận một cửa trả cho công dân đều được chuyển sang bản điện tử có ký số, tổng cộng {m} kết quả đã lưu vào kho dữ liệu.",
        "Đến hết năm, {p}% hồ sơ và kết quả thủ tục hành chính của {unit} đã có bản điện tử trên hệ thống giải quyết thủ tục của tỉnh.",
        "Tiếp nhận hồ sơ đến đâu số hóa đến đó, mỗi bộ hồ sơ đều được lưu trữ điện tử cùng với kết quả giải quyết.",
    ],
    "R_hailong": [
        "Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt {p}%.",
        "Qua phiếu khảo sát và thiết bị đánh giá đặt tại quầy, {p}% ý kiến hài lòng và rất hài lòng với thái độ phục vụ của công chức.",
        "Chỉ số hài lòng về sự phục vụ hành chính của {unit} tăng so với năm 2024, không có ý kiến đánh giá không hài lòng.",
        "Người đến giao dịch đánh giá cao tinh thần phục vụ; kết quả lấy ý kiến trên hệ thống cho thấy {p}% lượt đánh giá ở mức hài lòng trở lên.",
    ],
    "R_ratsoat": [
        "Hoàn thành rà soát các thủ tục hành chính thuộc thẩm quyền, kiến nghị cắt giảm, đơn giản hóa {k} thủ tục về thành phần hồ sơ và thời gian giải quyết.",
        "Nhờ kết quả rà soát, bớt được giấy tờ không cần thiết, thời gian giải quyết của nhiều thủ tục đã được rút ngắn so với quy định.",
        "Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2025 thực hiện đúng tiến độ; {unit} đã đề xuất phương án bỏ bớt giấy tờ, rút ngắn thời hạn đối với {k} thủ tục.",
    ],
    "R_tinhgon": [
        "Thực hiện chủ trương tinh gọn bộ máy, đã sắp xếp giảm {k} đầu mối phòng, ban và đơn vị sự nghiệp trực thuộc.",
        "Các cơ quan chuyên môn được hợp nhất, tổ chức lại theo hướng một cơ quan làm nhiều việc, bộ máy gọn hơn và giảm được số cấp phó.",
        "Bộ máy của {unit} sau sắp xếp đi vào hoạt động ổn định, số đầu mối bên trong giảm đáng kể, chức năng, nhiệm vụ không còn chồng chéo.",
        "Hoàn thành việc hợp nhất, kết thúc hoạt động của {k} cơ quan, đơn vị theo đề án sắp xếp tổ chức bộ máy của tỉnh.",
    ],
    "R_kiemtra": [
        "Tổ chức {k} cuộc kiểm tra công vụ, trong đó có kiểm tra đột xuất, kịp thời chấn chỉnh những biểu hiện vi phạm kỷ luật lao động.",
        "Công tác kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính được tăng cường; qua kiểm tra đã nhắc nhở {k} trường hợp đi muộn, về sớm, làm việc riêng trong giờ.",
        "Đoàn kiểm tra công vụ đã đến {k} cơ quan, đơn vị và bộ phận một cửa, tập trung vào việc chấp hành giờ giấc và thái độ tiếp dân.",
        "Kỷ luật, kỷ cương công vụ được siết chặt qua các đợt kiểm tra không báo trước, không phát hiện trường hợp gây phiền hà, sách nhiễu người dân.",
    ],
    "R_thanhtoan": [
        "Thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính đạt {p}% số hồ sơ có phát sinh nghĩa vụ tài chính.",
        "Người dân đã nộp phí, lệ phí bằng chuyển khoản, ví điện tử và mã QR tại bộ phận một cửa với {m} giao dịch trong năm.",
        "Việc thu phí, lệ phí không dùng tiền mặt được áp dụng rộng rãi, tại quầy gần như không còn thu bằng tiền mặt.",
    ],
    "R_phidiagioi": [
        "Đã tiếp nhận {m} hồ sơ không phụ thuộc vào địa giới hành chính, người dân có thể nộp tại bất kỳ điểm tiếp nhận nào trong tỉnh.",
        "Triển khai tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính, công dân ở xa không phải về nơi cư trú để làm thủ tục.",
        "Công dân ở địa phương khác đến sinh sống, làm việc trên địa bàn đã được giải quyết {n} thủ tục ngay tại bộ phận một cửa của {unit}, không phải quay về nơi thường trú.",
    ],
    "R_iso": [
        "Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 được duy trì, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền.",
        "Đã công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi cập nhật {n} quy trình nội bộ giải quyết thủ tục.",
        "Các quy trình giải quyết công việc được chuẩn hóa theo tiêu chuẩn ISO, có đánh giá nội bộ định kỳ và xem xét của lãnh đạo.",
    ],
    "R_xephang": [
        "Chỉ số cải cách hành chính năm 2024 của {unit} được tỉnh công bố đạt {p} điểm, xếp thứ {k}, tăng bậc so với năm trước.",
        "Kết quả xếp hạng chỉ số cải cách hành chính được cải thiện rõ, {unit} đã vào nhóm dẫn đầu của tỉnh.",
        "Điểm chỉ số cải cách hành chính năm 2024 của {unit} đạt {p}/100, tăng {k} bậc so với năm 2023.",
    ],
    "R_motcua": [
        "Bộ phận một cửa được cải tạo, bố trí thêm máy lấy số tự động, ki-ốt tra cứu và khu vực ghế chờ cho người dân.",
        "Đầu tư {tr} triệu đồng mua sắm máy tính, máy quét và màn hình hiển thị cho bộ phận tiếp nhận và trả kết quả.",
        "Nơi tiếp nhận và trả kết quả được sửa chữa, mở rộng, trang bị đồng bộ máy móc, tạo không gian thoáng, thuận tiện cho người đến làm thủ tục.",
    ],
    "R_tuyentruyen": [
        "Tuyên truyền về cải cách hành chính được thực hiện thường xuyên trên đài truyền thanh, trang thông tin điện tử với {n} tin, bài.",
        "Tổ chức cuộc thi tìm hiểu về cải cách hành chính, thu hút {m} lượt cán bộ và người dân tham gia.",
        "Pa nô, áp phích giới thiệu mục tiêu, lợi ích của cải cách hành chính được treo tại trụ sở và nhà văn hóa các thôn.",
    ],
    "R_vbqppl": [
        "Thực hiện tốt việc tự kiểm tra, rà soát văn bản quy phạm pháp luật; không có văn bản ban hành trái thẩm quyền hoặc sai nội dung.",
        "Công tác xây dựng, ban hành văn bản được thực hiện chặt chẽ, {k} văn bản quy phạm pháp luật của địa phương đều qua thẩm định, đúng trình tự.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_tiepdan": [
        "Tiếp công dân định kỳ và đột xuất, giải quyết đúng hạn {k} đơn khiếu nại, kiến nghị của công dân.",
        "Lãnh đạo {unit} tiếp công dân đúng lịch, các đơn khiếu nại, tố cáo đều được xem xét, trả lời trong thời hạn luật định.",
    ],
    "RD_luutru": [
        "Chỉnh lý {m} hồ sơ lưu trữ giấy tồn đọng, sắp xếp lại kho lưu trữ của cơ quan.",
        "Kho lưu trữ được dọn dẹp, tài liệu giấy tồn đọng nhiều năm đã được phân loại, chỉnh lý và lập mục lục.",
    ],
    "RD_hailongyte": [
        "Trạm y tế xã lấy ý kiến người đến khám, {p}% người bệnh hài lòng với cách đón tiếp và chăm sóc.",
        "Trung tâm Y tế lấy ý kiến người bệnh nội trú, {p}% hài lòng với chất lượng khám chữa bệnh.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_tructuyen": [
        "Hồ sơ thực sự do người dân tự gửi qua dịch vụ công trực tuyến còn rất ít; đa số vẫn mang giấy tờ đến quầy một cửa.",
        "Tỷ lệ hồ sơ trực tuyến chưa phản ánh đúng thực tế vì nhiều hồ sơ do công chức một cửa nộp thay người dân.",
        "Người dân, nhất là người cao tuổi, chưa quen thao tác trên môi trường mạng nên vẫn chọn đến trực tiếp; tỷ lệ tự nộp qua mạng chỉ khoảng {low}%.",
        "Nhiều dịch vụ công đã đưa lên mạng nhưng gần như không có người dùng, hồ sơ trực tuyến chỉ tập trung ở vài thủ tục hộ tịch, chứng thực.",
    ],
    "L_trehan": [
        "Vẫn còn {k} hồ sơ giải quyết quá hạn, chủ yếu thuộc lĩnh vực đất đai, xây dựng.",
        "Tình trạng trễ hẹn trả kết quả vẫn xảy ra, có hồ sơ đất đai chậm cả tháng, có trường hợp chưa gửi thư xin lỗi người dân.",
        "Việc giải quyết thủ tục ở một vài lĩnh vực chưa bảo đảm thời gian quy định, khoảng {low}% hồ sơ đất đai bị chậm so với phiếu hẹn.",
        "Hồ sơ liên thông giữa các cấp, các ngành luân chuyển chậm nên không trả được kết quả cho người dân đúng ngày hẹn.",
    ],
    "L_phanmem": [
        "Phần mềm một cửa điện tử chạy chưa ổn định, hay treo, tốc độ xử lý chậm, lại không kết nối được với phần mềm của các ngành dọc.",
        "Phần mềm hộ tịch, đất đai chưa kết nối với hệ thống giải quyết thủ tục của tỉnh nên mỗi hồ sơ công chức phải nhập ở hai nơi, lại hay bị treo vào giờ cao điểm.",
        "Những trục trặc kỹ thuật của các nền tảng dùng chung như mất kết nối, không ký số được, không đồng bộ trạng thái hồ sơ gây khó khăn cho việc tiếp nhận và trả kết quả.",
    ],
    "L_nhanluc": [
        "Đội ngũ công chức một cửa còn mỏng, chủ yếu kiêm nhiệm, trình độ tin học chưa đáp ứng yêu cầu.",
        "Người làm công tác tiếp nhận, trả kết quả không đủ; một người phải lo hồ sơ của nhiều lĩnh vực, lại chưa được đào tạo bài bản nên lúng túng khi hướng dẫn người dân.",
        "Năng lực của một bộ phận công chức tiếp nhận hồ sơ còn hạn chế, lại thay đổi nhiều sau sắp xếp, người mới chưa nắm chắc nghiệp vụ.",
        "Bộ phận một cửa của {unit} chỉ có {k} công chức, phần lớn làm kiêm nhiệm, không theo kịp lượng hồ sơ ngày càng tăng.",
    ],
    "L_sohoa": [
        "Chất lượng số hóa chưa cao, nhiều bản quét mờ, thiếu trang, chưa được gắn mã nên khó khai thác, tái sử dụng.",
        "Khối lượng hồ sơ giấy của những năm trước rất lớn mà việc số hóa mới làm được khoảng {low}%.",
        "Kết quả giải quyết thủ tục đã số hóa chưa được dùng lại, người dân vẫn phải nộp những giấy tờ đã có trong kho dữ liệu.",
        "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn mang tính hình thức, dữ liệu điện tử thiếu chính xác nên hiệu quả khai thác thấp.",
    ],
    "L_kyluat": [
        "Ý thức chấp hành kỷ luật, kỷ cương hành chính của một số cán bộ, công chức chưa nghiêm, vẫn còn hiện tượng đi muộn, về sớm.",
        "Vẫn có cán bộ né tránh, đùn đẩy trách nhiệm, giải quyết công việc chậm, chưa chấp hành nghiêm sự phân công.",
        "Có {k} lượt cán bộ, công chức bị nhắc nhở, kiểm điểm vì vi phạm giờ giấc làm việc và quy tắc ứng xử nơi công sở.",
    ],
    "L_kinhphi": [
        "Kinh phí dành cho cải cách hành chính còn ít, chưa đủ để đầu tư cho các nhiệm vụ trọng tâm.",
        "Ngân sách của {unit} hạn hẹp nên chưa có nguồn chi cho số hóa, khen thưởng và tuyên truyền về cải cách hành chính.",
        "Chưa có định mức chi riêng cho hoạt động cải cách hành chính, khoản chi nào cũng phải lồng ghép vào nguồn chi thường xuyên.",
    ],
    "L_cosovc": [
        "Cơ sở vật chất của bộ phận một cửa còn thiếu thốn, phòng làm việc chật hẹp, không đủ ghế chờ cho người dân.",
        "Máy tính, máy quét của nơi tiếp nhận hồ sơ đã cũ, hay hỏng; trụ sở chưa có lối đi cho người khuyết tật.",
        "Sau sáp nhập, bộ phận tiếp nhận và trả kết quả phải tạm đặt trong căn phòng cũ rộng khoảng {n} mét vuông, trang thiết bị thiếu và xuống cấp.",
    ],
    "L_vanban": [
        "Các quy định về thủ tục hành chính thay đổi nhiều lần trong năm, văn bản hướng dẫn ban hành chậm nên cơ sở lúng túng khi áp dụng.",
        "Văn bản pháp luật mới liên tục có hiệu lực trong khi hướng dẫn của cấp trên chưa kịp, công chức phải tự tìm hiểu và vận dụng.",
        "Quy định mới thay đổi nhanh, danh mục thủ tục và quy trình nội bộ chưa được cập nhật kịp trên hệ thống, gây vướng mắc khi tiếp nhận.",
    ],
    "L_tamly": [
        "Trong quá trình sắp xếp bộ máy, một bộ phận cán bộ, công chức còn tâm lý lo lắng về vị trí công tác, ảnh hưởng đến hiệu quả công việc.",
        "Tư tưởng của một số người thuộc diện dôi dư sau sắp xếp chưa ổn định, chưa thật sự yên tâm công tác.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_donthu": [
        "Đơn thư khiếu nại, tố cáo về đất đai còn diễn biến phức tạp, một số vụ việc kéo dài chưa được giải quyết dứt điểm.",
        "Vẫn còn tình trạng công dân gửi đơn vượt cấp, khiếu nại đông người liên quan đến bồi thường, giải phóng mặt bằng.",
    ],
    "LD_bienche": [
        "Ngành giáo dục còn thiếu {k} giáo viên so với định mức, nhất là giáo viên tiếng Anh và tin học.",
        "Trường học và trạm y tế chưa được giao đủ biên chế, phải ký hợp đồng lao động để duy trì hoạt động.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_tructuyen": [
        "Đẩy mạnh cung cấp và sử dụng dịch vụ công trực tuyến toàn trình, phấn đấu hoàn thành chỉ tiêu tỉnh giao về tỷ lệ hồ sơ nộp trực tuyến.",
        "Phát huy tổ công nghệ số cộng đồng, đoàn viên thanh niên hướng dẫn người dân tự nộp hồ sơ qua mạng ngay tại nhà.",
        "Bố trí người hướng dẫn tại quầy, khuyến khích người dân tự thao tác gửi hồ sơ qua môi trường mạng thay cho nộp bản giấy.",
        "Tăng số hồ sơ nộp qua Cổng Dịch vụ công do chính người dân thực hiện, chấm dứt tình trạng công chức nộp hộ để làm đẹp số liệu.",
    ],
    "S_kyluat": [
        "Siết chặt kỷ luật, kỷ cương hành chính, xử lý nghiêm cán bộ, công chức gây phiền hà, sách nhiễu hoặc chậm trễ trong thực thi công vụ.",
        "Tăng cường kiểm tra công vụ đột xuất, nhất là tại bộ phận một cửa, gắn trách nhiệm của người đứng đầu với vi phạm của cấp dưới.",
        "Cán bộ, công chức phải chấp hành nghiêm giờ giấc và quy tắc ứng xử; ai vi phạm đều bị xử lý theo quy định, không có ngoại lệ.",
        "Kiên quyết chấn chỉnh tác phong, lề lối làm việc, không để tình trạng đùn đẩy, né tránh trách nhiệm kéo dài.",
    ],
    "S_sohoa": [
        "Duy trì số hóa ngay từ khâu tiếp nhận đối với mọi hồ sơ thủ tục hành chính, bảo đảm 100% kết quả giải quyết có bản điện tử.",
        "Làm sạch dữ liệu đã số hóa và kết nối với cơ sở dữ liệu quốc gia để người dân không phải nộp lại giấy tờ đã có.",
        "Đưa toàn bộ kết quả giải quyết thủ tục còn hiệu lực vào kho dữ liệu điện tử, chú trọng chất lượng bản quét để có thể tái sử dụng.",
    ],
    "S_boiduong": [
        "Tập huấn nghiệp vụ, kỹ năng giao tiếp và sử dụng phần mềm cho công chức làm việc tại bộ phận một cửa.",
        "Cử công chức đi học các lớp nâng cao năng lực thực thi công vụ và kiến thức về cải cách hành chính do Sở Nội vụ tổ chức.",
        "Nâng cao trình độ chuyên môn cho đội ngũ tiếp nhận hồ sơ để mỗi người xử lý được nhiều lĩnh vực.",
        "Chọn người có năng lực, sử dụng thành thạo máy tính bố trí vào bộ phận một cửa và thường xuyên bồi dưỡng cho họ.",
    ],
    "S_ratsoat": [
        "Rà soát, đề xuất cắt giảm thành phần hồ sơ, rút ngắn thời gian giải quyết các thủ tục có nhiều hồ sơ phát sinh.",
        "Tiếp tục đơn giản hóa thủ tục hành chính, bỏ những giấy tờ không cần thiết, nhất là trong lĩnh vực đất đai, hộ tịch.",
        "Chủ động kiến nghị cấp có thẩm quyền sửa đổi những quy định về thủ tục còn rườm rà, chồng chéo.",
    ],
    "S_tinhgon": [
        "Tiếp tục kiện toàn tổ chức bộ máy sau sắp xếp, bảo đảm các cơ quan, đơn vị hoạt động thông suốt, hiệu lực, hiệu quả.",
        "Rà soát chức năng, nhiệm vụ của các phòng, đơn vị sau hợp nhất để không còn chồng chéo hay bỏ sót việc.",
        "Thực hiện nghiêm chủ trương tinh gọn bộ máy, sắp xếp xong các đơn vị sự nghiệp còn lại theo lộ trình của tỉnh.",
    ],
    "S_phanmem": [
        "Đề nghị tỉnh chỉ đạo đơn vị cung cấp khắc phục dứt điểm lỗi của phần mềm giải quyết thủ tục, bảo đảm đường truyền thông suốt.",
        "Kiến nghị các sở, ngành sớm kết nối phần mềm chuyên ngành với hệ thống một cửa điện tử, tránh nhập liệu nhiều lần.",
        "Mong cấp trên hoàn thiện các nền tảng dùng chung để phần mềm được liên thông, trạng thái hồ sơ tự động đồng bộ.",
    ],
    "S_hailong": [
        "Duy trì lấy ý kiến đánh giá sự hài lòng của người dân, doanh nghiệp và công khai kết quả hằng quý.",
        "Coi mức độ hài lòng của người dân là thước đo chất lượng phục vụ, tiếp thu ngay những góp ý về thái độ của công chức.",
        "Đặt thiết bị đánh giá tại quầy và mã QR khảo sát để người dân chấm điểm công chức sau mỗi lần giao dịch.",
    ],
    "S_kinhphi": [
        "Bố trí kinh phí mua sắm thiết bị cho bộ phận một cửa như máy tính, máy quét, ki-ốt tra cứu.",
        "Đề nghị tỉnh hỗ trợ ngân sách để cải tạo, mở rộng nơi tiếp nhận và trả kết quả của {unit}.",
    ],
    "S_thidua": [
        "Gắn kết quả thực hiện cải cách hành chính với đánh giá, xếp loại và bình xét thi đua của tập thể, cá nhân.",
        "Lấy chỉ số cải cách hành chính làm căn cứ đánh giá người đứng đầu cơ quan, đơn vị cuối năm.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_tiepdan": [
        "Nâng cao chất lượng tiếp công dân, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo kéo dài.",
        "Lãnh đạo trực tiếp đối thoại với công dân có đơn thư để giải quyết ngay từ cơ sở.",
    ],
    "SD_datdai": [
        "Đẩy nhanh xây dựng cơ sở dữ liệu đất đai, hoàn thành đo đạc bản đồ địa chính.",
        "Cập nhật biến động đất đai vào cơ sở dữ liệu địa chính để phục vụ quản lý.",
        "Số hóa bản đồ địa chính và sổ mục kê đất đai của các xã.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Thí điểm trả kết quả thủ tục qua dịch vụ bưu chính công ích cho người cao tuổi, người khuyết tật.",
        "Ban hành quy chế phối hợp giữa công an xã và bộ phận một cửa trong giải quyết thủ tục đăng ký cư trú.",
        "Chủ tịch Ủy ban nhân dân đối thoại trực tiếp với doanh nghiệp về vướng mắc trong thủ tục đầu tư, đất đai.",
        "Mô hình tiếp nhận hồ sơ vào sáng thứ Bảy được duy trì, phục vụ người lao động bận đi làm trong giờ hành chính.",
        "Liên thông ba thủ tục khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.",
        "Hội thi công chức một cửa giỏi đã chọn được hai người đi dự thi cấp tỉnh.",
        "Văn phòng Ủy ban đưa vào dùng phần mềm quản lý lịch công tác để lãnh đạo theo dõi việc thực hiện nhiệm vụ được giao.",
        "Chứng thực bản sao điện tử từ bản chính được triển khai, hơn một nghìn lượt người đã sử dụng.",
        "Hội Liên hiệp Phụ nữ ra mắt mô hình phụ nữ đồng hành cùng cải cách hành chính ở hai thôn.",
        "Hòm thư góp ý và số điện thoại đường dây nóng của Chủ tịch được niêm yết ngay tại cửa trụ sở.",
        "Phòng Tư pháp ra mắt tủ sách pháp luật điện tử, tra cứu bằng mã QR.",
        "Người dân đến làm thủ tục được photocopy giấy tờ miễn phí tại trụ sở.",
        "Trang Zalo của Ủy ban có trợ lý ảo trả lời tự động các câu hỏi thường gặp về thủ tục.",
        "Bàn giao xong hồ sơ, tài liệu của các đơn vị giải thể cho cơ quan tiếp nhận, không để thất lạc.",
    ],
    "limitations": [
        "Đường dây điện vào trụ sở chắp vá, mỗi lần giông lốc là phải ngừng tiếp nhận hồ sơ.",
        "Chữ ký số của đơn vị mới thành lập được cấp chậm, hơn một tháng chưa phát hành được văn bản điện tử.",
        "Người dân ở các thôn giáp ranh thường nhầm nơi nộp hồ sơ sau khi điều chỉnh địa giới.",
        "Hồ sơ đăng ký biến động đất đai tăng đột biến vào cuối năm vì người dân lo áp dụng bảng giá đất mới.",
        "Biểu mẫu điện tử của một số thủ tục còn sai chính tả, thiếu trường thông tin.",
        "Các doanh nghiệp vận tải phản ánh thời gian cấp phù hiệu xe còn dài.",
        "Bãi để xe trước trụ sở chật, người dân phải dựng xe xuống lòng đường.",
        "Hồ sơ của người lao động đi làm việc ở nước ngoài khó xác minh nhân thân.",
        "Kho lưu trữ của cơ quan bị thấm dột, một số tài liệu bị ẩm mốc.",
        "Đồng bào dân tộc thiểu số chưa thạo tiếng phổ thông, công chức phải nhờ người phiên dịch khi hướng dẫn hồ sơ.",
        "Nhiều người quên mật khẩu tài khoản định danh điện tử nên không đăng nhập được.",
        "Việc thu hồi con dấu cũ của các đơn vị đã giải thể còn chậm.",
        "Một số bảng niêm yết, biển chỉ dẫn vẫn ghi tên cơ quan cũ trước sắp xếp.",
        "Sau sáp nhập, người dân ở thôn xa nhất phải đi hơn hai mươi cây số mới đến được trụ sở xã.",
    ],
    "solutions": [
        "Lắp camera giám sát tại khu vực tiếp nhận hồ sơ để công khai quá trình giao dịch.",
        "Thuê người phiên dịch tiếng dân tộc làm việc bán thời gian tại bộ phận một cửa vào ngày phiên chợ.",
        "Phối hợp với ngân hàng đặt máy rút tiền ngay tại trụ sở Ủy ban.",
        "Đề xuất tỉnh cho phép trả bản điện tử thay bản giấy đối với giấy xác nhận tình trạng hôn nhân.",
        "Tổ chức tọa đàm với doanh nghiệp để nghe phản ánh về thủ tục đầu tư.",
        "Mở chuyên mục hỏi - đáp pháp luật hằng tuần trên đài truyền thanh xã.",
        "Sửa chữa, chống thấm cho kho lưu trữ để bảo quản tài liệu.",
        "Xây dựng quy chế làm việc mới của Ủy ban sau khi thay đổi nhân sự lãnh đạo.",
        "Kiến nghị Công an tỉnh hỗ trợ cấp lại mật khẩu tài khoản định danh ngay tại xã.",
        "Biên soạn sổ tay hướng dẫn thủ tục bằng hình ảnh cho người ít chữ.",
        "Quy hoạch lại bãi đỗ xe cho người dân đến làm việc tại trụ sở.",
        "Mở điểm tiếp nhận hồ sơ lưu động mỗi tháng một lần tại các thôn xa trụ sở.",
        "Đặt tên, đánh số lại các tuyến đường ở thị trấn để thuận tiện ghi địa chỉ trên giấy tờ.",
        "Giao Đoàn Thanh niên quản lý trang Zalo của Ủy ban, trả lời câu hỏi của người dân trong ngày.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 17, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_tiepdan": 3,
    "RD_luutru": 2,
    "RD_hailongyte": 3,
    "LD_donthu": 3,
    "LD_bienche": 2,
    "SD_tiepdan": 2,
    "SD_datdai": 3,
}

DISTRICTS = [
    "huyện Thanh Dạ",
    "huyện Yên Mạc Bắc",
    "huyện Đồi Ngàn",
    "huyện Khê Thành",
    "huyện Lạc Dương Hạ",
    "huyện Quảng Hà Đông",
    "huyện Bản Viền",
]
COMMUNE_STEMS = [
    "Phù Lãng Hạ",
    "Tân Hương Bắc",
    "Chiềng Pằn",
    "Nà Khoang",
    "Hạ Mỗ",
    "Liên Phương",
    "Đông Lỗ",
    "Quyết Thắng Thượng",
    "Mai Lâm",
    "Hương Ngải",
    "Tịnh Xuyên",
    "Yên Thái Đông",
    "Bản Díu",
    "Cao Mật",
    "Phú Sen",
    "Đan Hoài",
    "Thuận Hòa Tây",
    "Lạc Vệ",
    "Kim An",
    "Sơn Lộ",
    "Mường Hum",
    "Khánh Thủy",
    "Tiền Phong Hạ",
    "Gia Xuyên",
    "Vĩnh Tuy Bắc",
    "Ngọc Động",
    "Thanh Xá",
    "Pắc Ngà",
    "Đồng Quỹ",
    "Trường Lâm Thượng",
    "Hoa Thám",
    "Bình Kiều",
    "Xuân Dục",
    "Lê Xá",
    "Ninh Hiệp Hạ",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Công văn số {tr}/SNV-CCHC ngày 20/11/2025 của Sở Nội vụ tỉnh Vân Khê về việc báo cáo công tác cải cách hành chính năm 2025, {unit} báo cáo như sau:",
        "Căn cứ Kế hoạch số {k}/KH-UBND ngày 06/01/2025 của Ủy ban nhân dân tỉnh Vân Khê về cải cách hành chính năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
        "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và kế hoạch của tỉnh, {unit} tổng kết công tác cải cách hành chính năm 2025 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2025",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            "I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ",
        ],
        "limitations": [
            "II. TỒN TẠI, HẠN CHẾ",
            "II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN",
            "II. NHỮNG HẠN CHẾ, YẾU KÉM",
        ],
        "solutions": ["III. NHIỆM VỤ, GIẢI PHÁP NĂM 2026", "III. PHƯƠNG HƯỚNG NĂM 2026 VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Công tác chỉ đạo, điều hành",
            "2. Kết quả thực hiện các nhiệm vụ cải cách hành chính",
            "3. Hoạt động của bộ phận một cửa",
        ],
        "limitations": ["1. Tồn tại, hạn chế", "2. Nguyên nhân"],
        "solutions": ["1. Nhiệm vụ trọng tâm năm 2026", "2. Kiến nghị, đề xuất"],
    },
    leads={
        "results": ["", "", "", "Năm 2025, ", "Ngoài ra, ", "Song song đó, ", "Đặc biệt, "],
        "limitations": ["", "", "", "Tuy vậy, ", "Bên cạnh đó, ", "Mặt khác, "],
        "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo tổng kết công tác cải cách hành chính năm 2025 của {unit}.",
    recipients="Nơi nhận: Sở Nội vụ tỉnh; Văn phòng Ủy ban nhân dân tỉnh; Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Biểu số liệu cải cách hành chính kèm theo)",
    proper=(
        "Ủy ban",
        "Chủ tịch",
        "Công an",
        "Văn phòng",
        "Phòng Tư pháp",
        "Trung tâm",
        "Hội Liên hiệp",
        "Sở",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
